import { Global, Module } from '@nestjs/common';
import { TemplateService } from './template.service';

@Global()
@Module({
  providers: [{ provide: TemplateService, useFactory: () => new TemplateService() }],
  exports: [TemplateService],
})
export class TemplatesModule {}
