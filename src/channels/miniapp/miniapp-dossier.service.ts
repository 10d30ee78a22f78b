import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DossierLookupService } from '../../dossier/dossier-lookup.service';
import { DossierRepository } from '../../dossier/dossier.repository';
import { phoneKey } from '../../dossier/applicant-mask.util';
import type { Dossier } from '../../dossier/dossier.entity';
import { FINAL } from '../../dossier/dossier-status';
import { RATING_LEVEL_LABEL } from '../../feedback/rating.entity';
import { RatingRepository } from '../../feedback/rating.repository';
import { extractDossierCodes } from '../../nlu/entities/dossier-code.extractor';
import { NotificationOutbox } from '../../notify/notification.outbox';
import { SubscriptionRepository } from '../../notify/subscription.repository';
import type { MiniAppCitizen } from './miniapp-identity.service';
import { MiniAppUserRepository } from './miniapp-user.repository';
import { MiniAppException } from './miniapp.exception';
import type { RatingBody } from './public-api.dto';

const CHANNEL = 'miniapp';
/** A dossier is rated once its result exists (as in chat). */
const RATEABLE = ['completed', 'returned'];
/** Enough for a family's dossiers; a cap keeps "my dossiers" from becoming a way to watch strangers'. */
export const MAX_FOLLOWED = 30;

/** The phone Zalo confirmed for the citizen is the one on the dossier. */
function isApplicant(dossier: Dossier, phone: string | null): boolean {
  const key = phoneKey(phone);
  return key !== null && key === phoneKey(dossier.applicantPhone);
}

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
    private readonly outbox: NotificationOutbox,
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
    return this.withActions(await this.load(code), result.data, citizen);
  }

  async verify(rawCode: string, last4: string, citizen: MiniAppCitizen, ip: string): Promise<DossierView> {
    const code = this.parseCode(rawCode);
    // A wrong guess counts against the same limit as a lookup.
    const limited = await this.lookups.lookup(code, this.keys(citizen, ip));
    if (limited.kind === 'rate_limited') throw MiniAppException.rateLimited(limited.minutes);
    if (limited.kind === 'not_found') throw MiniAppException.dossierNotFound(code);
    const details = await this.lookups.details(code, last4);
    if (!details) throw MiniAppException.notVerified();
    return this.withActions(await this.load(code), details, citizen);
  }

  /**
   * Followed dossiers (each was counted as a lookup when followed) and, with a linked phone, the
   * citizen's own; newest first.
   */
  async mine(citizen: MiniAppCitizen): Promise<DossierView[]> {
    const phone = await this.users.phoneOf(citizen.userId);
    const own = phone ? await this.dossiers.findByPhone(phone) : [];
    const listed = new Map(own.map((d) => [d.code, d]));
    for (const code of await this.subscriptions.followed(CHANNEL, citizen.userId)) {
      if (listed.has(code)) continue;
      const dossier = await this.dossiers.findByCode(code);
      if (dossier) listed.set(code, dossier);
    }
    const newestFirst = [...listed.values()].sort(
      (a, b) =>
        (b.receivedAt?.getTime() ?? 0) - (a.receivedAt?.getTime() ?? 0) || a.code.localeCompare(b.code),
    );
    const views: DossierView[] = [];
    for (const d of newestFirst)
      views.push(await this.withActions(d, this.lookups.summary(d), citizen, phone));
    return views;
  }

  async follow(rawCode: string, citizen: MiniAppCitizen, ip: string): Promise<void> {
    const code = this.parseCode(rawCode);
    // Following lists the dossier under "my dossiers": it counts as a lookup, or it would bypass the limit.
    const result = await this.lookups.lookup(code, this.keys(citizen, ip));
    if (result.kind === 'rate_limited') throw MiniAppException.rateLimited(result.minutes);
    if (result.kind === 'not_found') throw MiniAppException.dossierNotFound(code);
    // A finished dossier has no news left to hear (and following it must not open its rating).
    if (!result.data.followable) throw MiniAppException.notFollowable();
    if ((await this.subscriptions.followed(CHANNEL, citizen.userId)).length >= MAX_FOLLOWED) {
      throw MiniAppException.tooManyFollowed(MAX_FOLLOWED);
    }
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
    const phone = await this.users.phoneOf(citizen.userId);
    if (!dossier || !(await this.mayRate(dossier, citizen, phone))) throw MiniAppException.ratingNotAllowed();
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

  /**
   * Who may rate: the applicant (the phone Zalo confirmed is the one on file), or a follower the
   * result notice invited to rate (following before the hand-over, not after it), or whoever
   * rated already (to change it). The code alone is not enough.
   */
  private async mayRate(
    dossier: Dossier,
    citizen: MiniAppCitizen,
    phone: string | null,
    rated?: boolean,
  ): Promise<boolean> {
    if (!RATEABLE.includes(dossier.status)) return false;
    return (
      isApplicant(dossier, phone) ||
      (rated ?? (await this.ratings.findDossierRating(dossier.code, CHANNEL, citizen.userId)) !== null) ||
      (await this.outbox.hasNotice('rating_prompt', dossier.code, CHANNEL, citizen.userId))
    );
  }

  private async withActions(
    dossier: Dossier,
    view: DossierView,
    citizen: MiniAppCitizen,
    knownPhone?: string | null,
  ): Promise<DossierView> {
    const phone = knownPhone === undefined ? await this.users.phoneOf(citizen.userId) : knownPhone;
    const rating = await this.ratings.findDossierRating(dossier.code, CHANNEL, citizen.userId);
    return {
      ...view,
      following: await this.subscriptions.isFollowing(dossier.code, CHANNEL, citizen.userId),
      followable: !FINAL.includes(dossier.status),
      mine: isApplicant(dossier, phone),
      rateable: await this.mayRate(dossier, citizen, phone, rating !== null),
      rating: rating?.level ?? null,
    };
  }

  /** A dossier the lookup just found; gone since (deleted in between) reads as not found. */
  private async load(code: string): Promise<Dossier> {
    const dossier = await this.dossiers.findByCode(code);
    if (!dossier) throw MiniAppException.dossierNotFound(code);
    return dossier;
  }

  private keys(citizen: MiniAppCitizen, ip: string): string[] {
    return [`chat:${CHANNEL}:${citizen.userId}`, `source:${ip}`];
  }
}
