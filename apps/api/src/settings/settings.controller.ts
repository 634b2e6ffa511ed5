import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { SettingsService } from './settings.service';

@ApiTags('settings')
@ApiSecurity('api-key')
@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get()
  @ApiOperation({ summary: 'Every setting by its MISP name; sensitive ones are null (write-only)' })
  getAll() {
    return this.settings.getMap();
  }

  @Get('definitions')
  @ApiOperation({ summary: 'Type, default, description and current value of every setting' })
  definitions() {
    return this.settings.getViews();
  }

  @Patch()
  @ApiOperation({ summary: 'Change settings: all valid or none written; unknown name or wrong type → 400' })
  @ApiBody({ schema: { type: 'object', additionalProperties: true, example: { 'Plugin.Workflow_enable': true } } })
  patch(@Body() body: unknown) {
    return this.settings.patch(body);
  }
}
