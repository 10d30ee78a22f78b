import { useId, useState, type FormEvent } from 'react';
import { Button, Input, Radio } from 'zmp-ui';
import { toUserMessage } from '../api/errors';
import type { CriterionAnswer, RatingCriteria, RatingInput, RatingLevel } from '../api/types';
import { ErrorNotice } from './error-notice';

const COMMENT_MAX_LENGTH = 1000;
const ANSWER_KEYS: CriterionAnswer[] = ['a', 'b', 'c'];

interface RatingFormProps {
  criteria: RatingCriteria;
  /** Sends the rating; a rejection's message is shown above the button. */
  onSubmit: (rating: RatingInput) => Promise<void>;
}

/** The three satisfaction levels as large choices, then the optional questions and a comment. */
export function RatingForm({ criteria, onSubmit }: RatingFormProps) {
  const ids = useId();
  const [level, setLevel] = useState<RatingLevel | null>(null);
  const [answers, setAnswers] = useState<Record<string, CriterionAnswer>>({});
  const [comment, setComment] = useState('');
  const [levelMissing, setLevelMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!level) {
      setLevelMissing(true);
      return;
    }
    const rating: RatingInput = { level };
    if (Object.keys(answers).length > 0) rating.criteria = answers;
    if (comment.trim()) rating.comment = comment.trim();
    setBusy(true);
    setError(null);
    try {
      await onSubmit(rating);
    } catch (failure) {
      setError(toUserMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="rating-form" onSubmit={submit} noValidate>
      <fieldset className="card level-fieldset">
        <legend className="card-title">Bạn có hài lòng với việc giải quyết hồ sơ?</legend>
        <div className="level-choices">
          {criteria.levels.map((option) => (
            <label key={option.value} className={`level-choice level-${option.value}`}>
              <input
                type="radio"
                name={`${ids}-level`}
                value={option.value}
                checked={level === option.value}
                onChange={() => {
                  setLevel(option.value);
                  setLevelMissing(false);
                }}
              />
              <span className="level-choice-label">{option.label}</span>
            </label>
          ))}
        </div>
        {levelMissing && (
          <p className="field-error" role="alert">
            Vui lòng chọn mức độ hài lòng.
          </p>
        )}
      </fieldset>

      {criteria.criteria.length > 0 && (
        <div className="card">
          <h2 className="card-title">Câu hỏi thêm (không bắt buộc)</h2>
          {criteria.criteria.map((criterion) => (
            <fieldset key={criterion.id} className="criterion">
              <legend className="criterion-question">{criterion.question}</legend>
              <Radio.Group
                name={`${ids}-${criterion.id}`}
                value={answers[criterion.id]}
                onChange={(value) =>
                  setAnswers((current) => ({ ...current, [criterion.id]: value as CriterionAnswer }))
                }
              >
                {ANSWER_KEYS.map((key) => (
                  <Radio key={key} value={key} label={criterion.answers[key]} className="criterion-answer" />
                ))}
              </Radio.Group>
            </fieldset>
          ))}
        </div>
      )}

      <div className="card">
        <label className="card-title" htmlFor={`${ids}-comment`}>
          Góp ý thêm (không bắt buộc)
        </label>
        <Input.TextArea
          id={`${ids}-comment`}
          aria-label="Góp ý thêm"
          placeholder="Điều bạn muốn cơ quan giải quyết hồ sơ biết…"
          value={comment}
          maxLength={COMMENT_MAX_LENGTH}
          showCount
          onChange={(event) => setComment(event.target.value)}
        />
      </div>

      {error && <ErrorNotice message={error} />}
      <Button htmlType="submit" fullWidth loading={busy}>
        Gửi đánh giá
      </Button>
    </form>
  );
}
