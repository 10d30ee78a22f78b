import type { SearchResult } from '../catalog/search/procedure-search';
import { baseName, decideAnswer } from './answer-decision';
import type { Entities, IntentPrediction } from './nlu.types';

const noEntities: Entities = { dossierCodes: [], malformedDossierCodes: [], phones: [], idNumbers: [] };
const intent = (name: IntentPrediction['intent'], confidence = 0.9): IntentPrediction => ({
  intent: name,
  confidence,
  source: 'classifier',
  scores: {} as IntentPrediction['scores'],
});
const names: Record<string, string> = {
  A: 'Cấp lại thẻ căn cước (thực hiện tại cấp tỉnh)',
  B: 'Cấp lại thẻ căn cước (thực hiện tại cấp trung ương)',
  C: 'Cấp thẻ căn cước cho người dưới 14 tuổi',
};
const nameOf = (c: string) => names[c] ?? c;
const result = (hits: [string, number, number, number, number?][]): SearchResult =>
  ({
    query: {} as SearchResult['query'],
    hits: hits.map(([code, score, nameCoverage, queryCoverage, missingCases = 0]) => ({
      code,
      score,
      nameCoverage,
      queryCoverage,
      missingCases,
      unaskedCases: 0,
      slotConflict: false,
    })),
  }) as SearchResult;

describe('decideAnswer', () => {
  it('asks instead of answering when the best name lacks a case the citizen asked for ("gia hạn")', () => {
    const hits: [string, number, number, number, number?][] = [
      ['A', 20, 1, 0.8],
      ['C', 10, 0.5, 0.6],
    ];
    expect(decideAnswer(intent('procedure'), noEntities, result(hits), nameOf).answer).toBe('procedure');
    hits[0][4] = 1;
    expect(decideAnswer(intent('procedure'), noEntities, result(hits), nameOf).answer).toBe('clarify');
  });

  it("asks instead of answering when the message puts other words in the name's slot", () => {
    const search = result([
      ['A', 20, 1, 0.8],
      ['C', 10, 0.5, 0.6],
    ]);
    expect(decideAnswer(intent('procedure'), noEntities, search, nameOf).answer).toBe('procedure');
    search.hits[0].slotConflict = true;
    expect(decideAnswer(intent('procedure'), noEntities, search, nameOf).answer).toBe('clarify');
  });

  it('asks instead of answering when the stated name is limited to a case the message never states', () => {
    // "Cấp Giấy chứng nhận đăng ký đầu tư ra nước ngoài …" for an investor coming to Viet Nam.
    const search = result([
      ['A', 20, 0.8, 0.6],
      ['C', 10, 0.5, 0.6],
    ]);
    expect(decideAnswer(intent('procedure'), noEntities, search, nameOf).answer).toBe('procedure');
    search.hits[0].unaskedCases = 1;
    expect(decideAnswer(intent('procedure'), noEntities, search, nameOf).answer).toBe('clarify');
  });

  it('answers a story that states no name when one procedure leads every other by far', () => {
    const story = (second: number) =>
      decideAnswer(
        intent('procedure'),
        noEntities,
        result([
          ['A', 30, 0.1, 0.45],
          ['C', second, 0.1, 0.4],
        ]),
        nameOf,
      ).answer;
    expect(story(10)).toBe('procedure'); // a lead of 67 %
    expect(story(14)).toBe('clarify'); // 53 %: the citizen chooses
  });

  it('answers when the name is stated and leads the next different name clearly', () => {
    const d = decideAnswer(
      intent('procedure'),
      noEntities,
      result([
        ['A', 20, 1, 0.8],
        ['B', 19, 1, 0.8],
        ['C', 10, 0.5, 0.6],
      ]),
      nameOf,
    );
    expect(d).toMatchObject({ answer: 'procedure', procedures: ['A', 'B', 'C'] });
  });

  it('asks when the lead over a different procedure is thin', () => {
    const d = decideAnswer(
      intent('procedure'),
      noEntities,
      result([
        ['A', 20, 1, 0.8],
        ['C', 18, 0.6, 0.6],
      ]),
      nameOf,
    );
    expect(d.answer).toBe('clarify');
  });

  it('says none when nothing relevant matched', () => {
    const d = decideAnswer(intent('procedure'), noEntities, result([['C', 3, 0, 0.1]]), nameOf);
    expect(d).toMatchObject({ answer: 'none', procedures: [] });
  });

  it('lets a confident social intent win over a weak match, not over a strong one', () => {
    expect(
      decideAnswer(intent('greeting'), noEntities, result([['C', 3, 0.1, 0.2]]), nameOf).finalIntent,
    ).toBe('greeting');
    expect(
      decideAnswer(intent('complaint', 0.8), noEntities, result([['A', 20, 1, 0.9]]), nameOf).finalIntent,
    ).toBe('procedure');
  });

  it('routes dossier codes to the lookup', () => {
    const entities = { ...noEntities, dossierCodes: [{ code: 'X-250101-0001', raw: 'x-250101-0001' }] };
    expect(decideAnswer(intent('procedure'), entities, result([]), nameOf)).toMatchObject({
      finalIntent: 'dossier_status',
      dossierCodes: ['X-250101-0001'],
    });
  });

  it('treats the same name at two levels as one choice', () => {
    expect(baseName(names.A)).toBe(baseName(names.B));
  });
});
