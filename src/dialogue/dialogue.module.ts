import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { DialogueService } from './dialogue.service';

@Module({ imports: [CatalogModule], providers: [DialogueService], exports: [DialogueService] })
export class DialogueModule {}
