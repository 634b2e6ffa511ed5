import { defineModule, fail, ok, param } from '@misp-wf/sdk';
import { extractData } from '../notification-shared/extract-data';

/** MISP's ZeroMQ topic for workflow pushes (the `misp_json_workflow` Redis list its pub/sub script relays). */
export const WORKFLOW_ZMQ_TOPIC = 'misp_json_workflow';

/**
 * Push to ZMQ (spec §12.6): publishes the roaming data, or what `data_extraction_path` extracts from it, on the
 * platform's ZeroMQ publisher under `misp_json_workflow`. The data is left unchanged.
 */
export const pushZmq = defineModule({
  id: 'push-zmq',
  version: '0.2.0',
  type: 'action',
  name: 'Push to ZMQ',
  description: 'Push to the ZMQ channel',
  icon: 'broadcast-tower',
  params: {
    data_extraction_path: param.hashPath({
      label: 'Data extraction path',
      default: '',
      placeholder: 'Attribute.{n}.AttributeTag.{n}.Tag.name',
    }),
  },
  run: async (ctx) => {
    const extracted = extractData(ctx.data.get(), ctx.params.data_extraction_path);
    if (!extracted.ok) return fail(extracted.message, { cause: 'configuration-invalid' });
    try {
      await ctx.zmq.publish(WORKFLOW_ZMQ_TOPIC, extracted.value);
    } catch (error) {
      // MISP queues the message in Redis and never notices a publisher that is off; here the node says so.
      return fail(`Could not publish on ZeroMQ: ${error instanceof Error ? error.message : String(error)}`, {
        cause: 'configuration-invalid',
      });
    }
    return ok();
  },
});
