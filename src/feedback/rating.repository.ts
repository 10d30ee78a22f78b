import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Rating, type RatingLevel } from './rating.entity';

export interface DossierRatingInput {
  dossierCode: string;
  procedureCode: string | null;
  agencyName: string | null;
  channel: string;
  userId: string;
  level: RatingLevel;
}

/** Ratings are written inside the conversation's transaction: the manager is always passed in. */
@Injectable()
export class RatingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One rating per dossier per citizen: a second one replaces the first (criteria and comment too). */
  async rateDossier(manager: EntityManager, input: DossierRatingInput): Promise<void> {
    await manager.query(
      `INSERT INTO rating (subject, dossier_code, procedure_code, agency_name, channel, user_id, level)
       VALUES ('dossier', $1, $2, $3, $4, $5, $6)
       ON CONFLICT (dossier_code, channel, user_id) WHERE subject = 'dossier'
       DO UPDATE SET level = EXCLUDED.level, criteria = '{}', comment = NULL, updated_at = now()`,
      [input.dossierCode, input.procedureCode, input.agencyName, input.channel, input.userId, input.level],
    );
  }

  async answerCriterion(
    manager: EntityManager,
    key: { dossierCode: string; channel: string; userId: string },
    criterion: string,
    answer: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE rating SET criteria = criteria || jsonb_build_object($4::text, $5::text), updated_at = now()
        WHERE subject = 'dossier' AND dossier_code = $1 AND channel = $2 AND user_id = $3`,
      [key.dossierCode, key.channel, key.userId, criterion, answer],
    );
  }

  async comment(
    manager: EntityManager,
    key: { dossierCode: string; channel: string; userId: string },
    comment: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE rating SET comment = $4, updated_at = now()
        WHERE subject = 'dossier' AND dossier_code = $1 AND channel = $2 AND user_id = $3`,
      [key.dossierCode, key.channel, key.userId, comment],
    );
  }

  async rateChat(manager: EntityManager, channel: string, userId: string, level: RatingLevel): Promise<void> {
    await manager.getRepository(Rating).insert({ subject: 'chat', channel, userId, level });
  }

  findDossierRating(dossierCode: string, channel: string, userId: string): Promise<Rating | null> {
    return this.dataSource
      .getRepository(Rating)
      .findOne({ where: { subject: 'dossier', dossierCode, channel, userId } });
  }
}
