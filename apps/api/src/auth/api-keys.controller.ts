import { Body, Controller, Delete, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiSecurity, ApiTags } from '@nestjs/swagger';
import { API_ROLES } from '@misp-wf/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { AuthenticatedRequest } from '../common/auth/api-key.guard';
import { RequireRole } from '../common/auth/auth.decorators';
import { ApiKeysService } from './api-keys.service';

const CreateApiKeySchema = z.object({
  name: z.string().trim().min(1).max(200),
  role: z.enum(API_ROLES),
});
class CreateApiKeyDto extends createZodDto(CreateApiKeySchema) {}

@ApiTags('api-keys')
@ApiSecurity('api-key')
@RequireRole('admin')
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  /** Who am I: lets the editor check a key at sign-in and show the role. */
  @Get('me')
  @RequireRole('viewer')
  me(@Req() request: AuthenticatedRequest) {
    return this.keys.describe(request.apiKey?.id ?? '');
  }

  @Get()
  list() {
    return this.keys.list();
  }

  /** The key is in this answer only. */
  @Post()
  create(@Body() body: CreateApiKeyDto) {
    return this.keys.create(body);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id') id: string): Promise<void> {
    await this.keys.remove(id);
  }
}
