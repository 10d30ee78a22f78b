import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DossierLookupService } from '../../dossier/dossier-lookup.service';
import { DossierRepository } from '../../dossier/dossier.repository';
import type { Dossier } from '../../dossier/dossier.entity';
import { FINAL } from '../../dossier/dossier-status';
import { RATING_LEVEL_LABEL } from '../../feedback/rating.entity';
import { RatingRepository } from '../../feedback/rating.repository';
import { extractDossierCodes } from '../../nlu/entities/dossier-code.extractor';
import { SubscriptionRepository } from '../../notify/subscription.repository';
import type { MiniAppCitizen } from './miniapp-identity.service';
import { MiniAppUserRepository } from './miniapp-user.repository';
import { MiniAppException } from './miniapp.exception';
import type { RatingBody } from './public-api.dto';

const CHANNEL = 'miniapp';
/** A dossier is rated once its result exists (as in chat). */
const RATEABLE = ['completed', 'returned'];

export type DossierView = Record<string, unknown>;

/**
 * Dossiers in the Mini App: the same masked lookup, verification and limits as in chat, plus
 * what this citizen may do with each (follow, rate). A dossier filed with the phone Zalo confirmed
 * for this citizen is theirs: listed and rateable without the code.
 */
@Injectable()
export class MiniAppDossierService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lookups: DossierLookupService,
    private readonly dossiers: DossierRepository,
    private readonly subscriptions: SubscriptionRepository,
    private readonly ratings: RatingRepository,
    private readonly users: MiniAppUserRepository,
  ) {}

  /** The code as typed (any case, spaces around dashes), normalised; 400 when it is not a code. */
  parseCode(raw: string): string {
    const codes = extractDossierCodes(raw.slice(0, 200)).codes;
    if (codes.length !== 1) throw MiniAppException.badCode();
    return codes[0].code;
  }

  async lookup(rawCode: string, citizen: MiniAppCitizen, ip: string): Promise<DossierView> {
    const code = this.parseCode(rawCode);
    const result = await this.lookups.lookup(code, this.keys(citizen, ip));
    if (result.kind === 'rate_limited') throw MiniAppException.rateLimited(result.minutes);
    if (result.kind === 'not_found') throw MiniAppException.dossierNotFound(code);
    const dossier = (await this.dossiers.findByCode(code))!;
    return this.withActions(dossier, result.data, citizen, false);
  }

  async verify(rawCode: string, last4: string, citizen: MiniAppCitizen, ip: string): Promise<DossierView> {
    const code = this.parseCode(rawCode);
    // A wrong guess counts against the same limit as a lookup.
    const limited = await this.lookups.lookup(code, this.keys(citizen, ip));
    if (limited.kind === 'rate_limited') throw MiniAppException.rateLimited(limited.minutes);
    if (limited.kind === 'not_found') throw MiniAppException.dossierNotFound(code);
    const details = await this.lookups.details(code, last4);
    if (!details) throw MiniAppException.notVerified();
    return this.withActions((await this.dossiers.findByCode(code))!, details, citizen, false);
  }

  /** Followed dossiers and, with a linked phone, the citizen's own; newest first. */
  async mine(citizen: MiniAppCitizen): Promise<DossierView[]> {
    const phone = await this.users.phoneOf(citizen.userId);
    const own = phone ? await this.dossiers.findByPhone(phone) : [];
    const ownCodes = new Set(own.map((d) => d.code));
    const followed: Dossier[] = [];
    for (const code of (await this.subscriptions.followed(CHANNEL, citizen.userId)).reverse()) {
      if (ownCodes.has(code)) continue;
      const dossier = await this.dossiers.findByCode(code);
      if (dossier) followed.push(dossier);
    }
    const views: DossierView[] = [];
    for (const d of [...own, ...followed]) {
      views.push(await this.withActions(d, this.lookups.summary(d), citizen, ownCodes.has(d.code)));
    }
    return views;
  }

  async follow(rawCode: string, citizen: MiniAppCitizen, ip: string): Promise<void> {
    const code = this.parseCode(rawCode);
    // Following lists the dossier under "my dossiers": it counts as a lookup, or it would bypass the limit.
    const result = await this.lookups.lookup(code, this.keys(citizen, ip));
    if (result.kind === 'rate_limited') throw MiniAppException.rateLimited(result.minutes);
    if (result.kind === 'not_found') throw MiniAppException.dossierNotFound(code);
    await this.dataSource.transaction(async (manager) => {
      await this.subscriptions.subscribe(code, CHANNEL, citizen.userId, manager);
      // The same person as an OA follower (linked by user_id_by_app) also hears it in the OA chat.
      const oaUser = citizen.dev ? null : await this.users.oaFollowerFor(citizen.userId, manager);
      if (oaUser) await this.subscriptions.subscribe(code, 'zalo', oaUser, manager);
    });
  }

  async unfollow(rawCode: string, citizen: MiniAppCitizen): Promise<void> {
    const code = this.parseCode(rawCode);
    await this.dataSource.transaction(async (manager) => {
      await this.subscriptions.unsubscribe(CHANNEL, citizen.userId, code, manager);
      const oaUser = citizen.dev ? null : await this.users.oaFollowerFor(citizen.userId, manager);
      if (oaUser) await this.subscriptions.unsubscribe('zalo', oaUser, code, manager);
    });
  }

  async rate(rawCode: string, body: RatingBody, citizen: MiniAppCitizen): Promise<{ levelLabel: string }> {
    const code = this.parseCode(rawCode);
    const dossier = await this.dossiers.findByCode(code);
    if (!dossier || !(await this.mayRate(dossier, citizen))) throw MiniAppException.ratingNotAllowed();
    const key = { dossierCode: code, channel: CHANNEL, userId: citizen.userId };
    await this.dataSource.transaction(async (manager) => {
      await this.ratings.rateDossier(manager, {
        ...key,
        procedureCode: dossier.procedureCode,
        agencyName: dossier.agencyName,
        level: body.level,
      });
      for (const [criterion, answer] of Object.entries(body.criteria ?? {})) {
        await this.ratings.answerCriterion(manager, key, criterion, answer);
      }
      if (body.comment) await this.ratings.comment(manager, key, body.comment);
    });
    return { levelLabel: RATING_LEVEL_LABEL[body.level] };
  }

  private async mayRate(dossier: Dossier, citizen: MiniAppCitizen): Promise<boolean> {
    if (!RATEABLE.includes(dossier.status)) return false;
    return (
      (await this.subscriptions.isFollowing(dossier.code, CHANNEL, citizen.userId)) ||
      (await this.isOwn(dossier, citizen)) ||
      (await this.ratings.findDossierRating(dossier.code, CHANNEL, citizen.userId)) !== null
    );
  }

  private async isOwn(dossier: Dossier, citizen: MiniAppCitizen): Promise<boolean> {
    const phone = await this.users.phoneOf(citizen.userId);
    const last9 = (value: string | null) => (value ?? '').replace(/\D/g, '').slice(-9);
    return phone !== null && last9(phone).length === 9 && last9(phone) === last9(dossier.applicantPhone);
  }

  private async withActions(
    dossier: Dossier,
    view: DossierView,
    citizen: MiniAppCitizen,
    own: boolean,
  ): Promise<DossierView> {
    const following = await this.subscriptions.isFollowing(dossier.code, CHANNEL, citizen.userId);
    const rating = await this.ratings.findDossierRating(dossier.code, CHANNEL, citizen.userId);
    const mine = own || (await this.isOwn(dossier, citizen));
    return {
      ...view,
      following,
      followable: !FINAL.includes(dossier.status),
      mine,
      rateable: RATEABLE.includes(dossier.status) && (following || mine || rating !== null),
      rating: rating?.level ?? null,
    };
  }

  private keys(citizen: MiniAppCitizen, ip: string): string[] {
    return [`chat:${CHANNEL}:${citizen.userId}`, `source:${ip}`];
  }
}
