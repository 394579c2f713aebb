import type { ApiOutput } from '../../../../core/api/contract';

export type ReviewView = ApiOutput<'reviews.get'>;
export type FiguresView = ReviewView['live'];
export type FigureChangeView = ReviewView['changes'][number];
