import { header, isObject, jsonBody, ok, type FakeRequest, type FakeResponse } from './http-io';
import type { TokenStore } from './token-store';
import { ZNS_ERROR, zaloError } from './zalo-error';
import type { IdGenerator } from './zalo-ids';
import { ZnsTemplates, type ZnsTemplate } from './zns-templates';

/** An accepted ZNS message. */
export interface ZnsSend {
  msgId: string;
  phone: string;
  templateId: string;
  templateData: Record<string, unknown>;
  trackingId?: string;
  mode?: string;
  accessToken: string;
  at: number;
}

const PHONE = /^84\d{9}$/;

/** ZNS: POST /message/template and GET /template/info/v2 (base ZALO_ZNS_BASE). */
export class ZnsEndpoint {
  readonly templates = new ZnsTemplates();
  /** Phone numbers (84…) without a Zalo account: sends to them answer -118. */
  readonly noZaloAccount = new Set<string>();
  readonly sends: ZnsSend[] = [];
  dailyQuota = 500;
  /** HTTP status of -124 answers (200 like Zalo; 401 to test that path). */
  tokenErrorStatus = 200;

  constructor(
    private readonly tokens: TokenStore,
    private readonly ids: IdGenerator,
  ) {}

  get remainingQuota(): number {
    return Math.max(0, this.dailyQuota - this.sends.length);
  }

  send(req: FakeRequest): FakeResponse {
    const accessToken = this.requireToken(req);
    const body = jsonBody(req, ZNS_ERROR.invalidTemplateData);
    const phone = body.phone;
    if (typeof phone !== 'string' || !PHONE.test(phone)) {
      throw zaloError(
        ZNS_ERROR.invalidPhone,
        `Phone number is invalid: expected 84 and 9 digits as a string`,
      );
    }
    const template = this.template(body.template_id);
    if (template.status !== 'ENABLE') {
      throw zaloError(
        ZNS_ERROR.invalidTemplate,
        `Template ${template.id} is not enabled (${template.status})`,
      );
    }
    const data = checkTemplateData(template, body.template_data);
    if (body.tracking_id !== undefined && typeof body.tracking_id !== 'string') {
      throw zaloError(ZNS_ERROR.invalidTemplateData, 'tracking_id must be a string');
    }
    if (this.noZaloAccount.has(phone)) {
      throw zaloError(ZNS_ERROR.noZaloAccount, 'The phone number has no Zalo account');
    }
    if (this.remainingQuota <= 0) throw zaloError(ZNS_ERROR.outOfDailyQuota, 'Out of daily quota');
    const send: ZnsSend = {
      msgId: this.ids.messageId(),
      phone,
      templateId: template.id,
      templateData: data,
      trackingId: body.tracking_id,
      mode: typeof body.mode === 'string' ? body.mode : undefined,
      accessToken,
      at: Date.now(),
    };
    this.sends.push(send);
    return ok({
      error: 0,
      message: 'Success',
      data: {
        msg_id: send.msgId,
        sent_time: String(send.at),
        quota: { dailyQuota: String(this.dailyQuota), remainingQuota: String(this.remainingQuota) },
      },
    });
  }

  templateInfo(req: FakeRequest): FakeResponse {
    this.requireToken(req);
    const template = this.template(req.query.get('template_id') ?? undefined);
    return ok({
      error: 0,
      message: 'Success',
      data: {
        templateId: template.id,
        templateName: template.name,
        status: template.status,
        listParams: template.params.map((param) => ({ ...param, acceptNull: !param.require })),
        timeout: 7_200_000,
        templateQuality: 'HIGH',
        templateTag: 'TRANSACTION',
        price: '200.0',
      },
    });
  }

  private requireToken(req: FakeRequest): string {
    const token = header(req, 'access_token');
    const check = this.tokens.checkAccess(token);
    if (check !== 'valid') {
      const why = check === 'expired' ? 'Access token has expired' : 'Access token is invalid';
      throw zaloError(ZNS_ERROR.invalidToken, why, this.tokenErrorStatus);
    }
    return token as string;
  }

  private template(id: unknown): ZnsTemplate {
    const template =
      typeof id === 'string' || typeof id === 'number' ? this.templates.get(String(id)) : undefined;
    if (!template) throw zaloError(ZNS_ERROR.invalidTemplate, `Template id '${String(id)}' is invalid`);
    return template;
  }
}

function checkTemplateData(template: ZnsTemplate, data: unknown): Record<string, unknown> {
  if (!isObject(data)) throw zaloError(ZNS_ERROR.invalidTemplateData, 'template_data must be an object');
  for (const param of template.params) {
    const value = data[param.name];
    if (value === undefined || value === null || value === '') {
      if (!param.require) continue;
      throw zaloError(ZNS_ERROR.missingTemplateParam, `template_data is missing param '${param.name}'`);
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw zaloError(
        ZNS_ERROR.missingTemplateParam,
        `template_data.${param.name} must be a string or number`,
      );
    }
    const length = [...String(value)].length;
    if (length > param.maxLength || length < param.minLength) {
      const range = `${param.minLength}-${param.maxLength}`;
      throw zaloError(ZNS_ERROR.missingTemplateParam, `template_data.${param.name} length must be ${range}`);
    }
  }
  return { ...data };
}
