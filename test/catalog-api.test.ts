import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startApp } from './support/app';
import { getJson } from './support/http';

describe('catalog HTTP API on PostgreSQL', () => {
  let app: NestFastifyApplication;
  let baseUrl: string;

  beforeAll(async () => {
    ({ app, baseUrl } = await startApp());
  });
  afterAll(async () => app?.close());

  const get = (path: string) => getJson(baseUrl + path);

  it('reports health with the database up', async () => {
    const { status, body } = await get('/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', database: 'up' });
    expect(body.procedures).toBeGreaterThanOrEqual(2600);
  });

  it('serves at least 2,600 procedures', async () => {
    const { status, body } = await get('/api/procedures?limit=5');
    expect(status).toBe(200);
    expect(body.total).toBeGreaterThanOrEqual(2600);
    expect(body.items).toHaveLength(5);
    expect(Object.keys(body.items[0])).toEqual(expect.arrayContaining(['code', 'name', 'level', 'field']));
  });

  it('finds marriage registration without diacritics', async () => {
    const { body } = await get('/api/procedures?q=dang%20ky%20ket%20hon');
    expect(body.items.map((i: { code: string }) => i.code)).toContain('1.000894');
    expect(body.items[0].code).toBe('1.000894');
  });

  it('finds the same with diacritics and filters by level and field', async () => {
    const q = encodeURIComponent('đăng ký kết hôn');
    const { body } = await get(`/api/procedures?q=${q}&level=xa&field=${encodeURIComponent('hộ tịch')}`);
    expect(body.items[0].code).toBe('1.000894');
    for (const item of body.items) {
      expect(item.levels).toContain('Cấp xã');
      expect(item.field).toBe('Hộ tịch');
    }
  });

  it('pages with limit and offset', async () => {
    const first = await get('/api/procedures?limit=3&offset=0');
    const second = await get('/api/procedures?limit=3&offset=3');
    expect(second.body.items[0].code).not.toBe(first.body.items[0].code);
    expect(second.body.total).toBe(first.body.total);
  });

  it('shows 1.001193 with its fee and documents', async () => {
    const { status, body } = await get('/api/procedures/1.001193');
    expect(status).toBe(200);
    expect(body.name).toBe('Thủ tục đăng ký khai sinh');
    expect(body.channels.length).toBeGreaterThan(0);
    expect(body.channels.map((c: { fee: string }) => c.fee)).toContain('Miễn phí');
    expect(body.channels.every((c: { isFree: boolean }) => c.isFree)).toBe(true);
    expect(body.documents.map((d: { name: string }) => d.name).join('\n')).toContain('Giấy chứng sinh');
    expect(body.legalBases.map((l: { number: string }) => l.number)).toContain('123/2015/NĐ-CP');
    expect(body.result.documents.map((r: { name: string }) => r.name)).toContain('Giấy khai sinh');
    expect(body.steps).toBeTruthy();
  });

  it('joins provincial online levels on the base code', async () => {
    const { body } = await get('/api/procedures/1.005461');
    expect(body.onlineLevels).toContainEqual(
      expect.objectContaining({
        provinceCode: 'H36',
        code: '1.005461.000.00.00.H36',
        onlineLevel: 'partial',
      }),
    );
  });

  it('answers an unknown code with 404 and a Vietnamese message', async () => {
    const { status, body } = await get('/api/procedures/9.999999');
    expect(status).toBe(404);
    expect(body.error).toBe('procedure_not_found');
    expect(body.message).toContain('Không tìm thấy thủ tục');
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=abc', 'limit'],
    ['offset=-1', 'offset'],
    ['foo=bar', 'foo'],
    [`q=${'a'.repeat(201)}`, 'q'],
  ])('refuses a bad parameter (%s) with 400 and a reason', async (query, name) => {
    const { status, body } = await get(`/api/procedures?${query}`);
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_request');
    expect(body.message).toContain(name);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('publishes OpenAPI docs', async () => {
    const { status, body: doc } = await get('/api/docs-json');
    expect(status).toBe(200);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/procedures', '/api/procedures/{code}', '/api/chat/messages', '/health']),
    );
  });
});
