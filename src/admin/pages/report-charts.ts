import { CHANNEL_LABEL, USAGE_CHANNELS, type UsageReport } from '../usage/usage-report.dto';
import { RATING_LEVEL_LABEL, RATING_LEVELS } from '../../feedback/rating.entity';
import type { RatingReport } from '../../feedback/rating-report.dto';

/** Colours that stay apart for colour-blind readers (Okabe–Ito). */
const LEVEL_COLOUR = { very_satisfied: '#009E73', satisfied: '#56B4E9', dissatisfied: '#D55E00' } as const;
const CHANNEL_COLOUR = ['#0072B2', '#E69F00', '#009E73', '#CC79A7'];

export interface ChartSpec {
  canvas: string;
  type: 'bar' | 'doughnut';
  labels: string[];
  datasets: { label: string; data: number[]; backgroundColor: string | string[] }[];
  stacked?: boolean;
}

/** What the page's script hands Chart.js: the numbers are the same ones the tables show. */
export function reportCharts(ratings: RatingReport, usage: UsageReport): ChartSpec[] {
  return [
    {
      canvas: 'chart-rating-levels',
      type: 'doughnut',
      labels: RATING_LEVELS.map((l) => RATING_LEVEL_LABEL[l]),
      datasets: [
        {
          label: 'Đánh giá',
          data: RATING_LEVELS.map((l) => ratings.byLevel[l]),
          backgroundColor: RATING_LEVELS.map((l) => LEVEL_COLOUR[l]),
        },
      ],
    },
    {
      canvas: 'chart-rating-months',
      type: 'bar',
      stacked: true,
      labels: ratings.byMonth.map((m) => m.month),
      datasets: RATING_LEVELS.map((l) => ({
        label: RATING_LEVEL_LABEL[l],
        data: ratings.byMonth.map((m) => m.byLevel[l]),
        backgroundColor: LEVEL_COLOUR[l],
      })),
    },
    {
      canvas: 'chart-rating-agencies',
      type: 'bar',
      stacked: true,
      labels: ratings.byAgency.slice(0, 10).map((a) => a.agency),
      datasets: RATING_LEVELS.map((l) => ({
        label: RATING_LEVEL_LABEL[l],
        data: ratings.byAgency.slice(0, 10).map((a) => a.byLevel[l]),
        backgroundColor: LEVEL_COLOUR[l],
      })),
    },
    {
      canvas: 'chart-messages',
      type: 'bar',
      stacked: true,
      labels: usage.messages.byDay.map((d) => d.day.slice(5)),
      datasets: USAGE_CHANNELS.map((c, i) => ({
        label: CHANNEL_LABEL[c],
        data: usage.messages.byDay.map((d) => d.byChannel[c]),
        backgroundColor: CHANNEL_COLOUR[i % CHANNEL_COLOUR.length],
      })),
    },
  ];
}
