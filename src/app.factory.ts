import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { MINIAPP_WWW, miniAppBuilt } from './channels/miniapp/miniapp-page.controller';
import { registerPublicCors } from './channels/miniapp/public-cors';
import type { AppConfig } from './config/app-config';

/** Request bodies above this are refused with 413 before any parsing. */
const BODY_LIMIT_BYTES = 256 * 1024;

/** Builds the whole application; main.ts and the end-to-end tests share it. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config),
    new FastifyAdapter({
      bodyLimit: BODY_LIMIT_BYTES,
      // Only proxies we run may state the client's address: lookup limits count per address.
      trustProxy: config.trustProxy,
      // One correlation id per request, taken from a proxy's X-Request-Id when present.
      requestIdHeader: 'x-request-id',
      genReqId: () => randomUUID(),
    }),
    // Errors during start-up reach the caller (main.ts prints one line) instead of exiting here;
    // raw bodies are kept for webhook signatures (Zalo signs the exact bytes).
    { bufferLogs: true, abortOnError: false, rawBody: true },
  );
  app.useLogger(app.get(Logger));
  registerPublicCors(app.getHttpAdapter().getInstance(), config.miniapp.origins);
  // The Zalo Mini App, when built: a browser at /miniapp/ (Zalo itself loads it from its own CDN).
  if (miniAppBuilt()) app.useStaticAssets({ root: MINIAPP_WWW, prefix: '/miniapp/' });
  app.enableShutdownHooks();
  const openApi = new DocumentBuilder()
    .setTitle('Trợ lý thủ tục hành chính — API')
    .setDescription('Tra cứu thủ tục hành chính, trò chuyện với trợ lý.')
    .setVersion('0.1.0')
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi));
  return app;
}
