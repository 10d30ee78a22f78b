import type { RatingLevel } from './api/types';

/**
 * The level names of GET /api/public/rating-criteria, for showing a past rating without asking the
 * server again.
 */
const LEVEL_LABEL: Record<RatingLevel, string> = {
  very_satisfied: 'Rất hài lòng',
  satisfied: 'Hài lòng',
  dissatisfied: 'Không hài lòng',
};

export function ratingLevelLabel(level: RatingLevel): string {
  return LEVEL_LABEL[level] ?? level;
}
