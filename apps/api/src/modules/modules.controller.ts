import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { RequireRole } from '../common/auth/auth.decorators';
import { ModuleRegistryService } from './module-registry.service';

@ApiTags('modules')
@ApiSecurity('api-key')
@Controller('modules')
export class ModulesController {
  constructor(private readonly registry: ModuleRegistryService) {}

  @Get()
  @ApiOperation({ summary: 'Every trigger, logic and action module with its manifest, source and enabled state' })
  list() {
    return this.registry.list();
  }

  @Post('reload')
  @HttpCode(200)
  @RequireRole('admin')
  @ApiOperation({ summary: 'Reload custom modules from disk and the misp-modules module list, without a restart' })
  reload() {
    return this.registry.reload();
  }

  @Get(':id')
  get(@Param('id') id: string) {
    return this.registry.get(id);
  }

  @Post(':id/enable')
  @HttpCode(200)
  enable(@Param('id') id: string) {
    return this.registry.setEnabled(id, true);
  }

  @Post(':id/disable')
  @HttpCode(200)
  disable(@Param('id') id: string) {
    return this.registry.setEnabled(id, false);
  }
}
