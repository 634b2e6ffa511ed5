import { defineModule, param, when } from '@misp-wf/sdk';

/** A logic module: follows "then" when the event's info contains the keyword, "else" otherwise. */
export default defineModule({
  id: 'example-info-contains',
  version: '1.0.0',
  type: 'logic',
  name: 'IF :: Event info contains',
  description: 'Checks whether the event info contains a keyword',
  icon: 'search',
  expectMispCoreFormat: true,
  params: {
    keyword: param.input({ label: 'Keyword', required: true }),
    caseSensitive: param.checkbox({ label: 'Case sensitive', default: false }),
  },
  run: ({ params, data }) => {
    const event = data.get()['Event'];
    const info = event && typeof event === 'object' && 'info' in event ? String(event.info) : '';
    if (params.keyword === '') return when(false);
    return params.caseSensitive ? when(info.includes(params.keyword)) : when(info.toLowerCase().includes(params.keyword.toLowerCase()));
  },
});
