import type {
  MispAttribute,
  MispEvent,
  MispGalaxy,
  MispTagLink,
  SimulatorState,
} from './misp-simulator.types';

/*
 * MISP derives `Galaxy` from the `misp-galaxy:` tags at fetch time (Event::fetchEvent), so the simulator
 * stores only tags and computes galaxies when it renders; attaching a cluster tag then shows the cluster.
 */

function galaxiesFor(state: SimulatorState, tags: MispTagLink[]): MispGalaxy[] {
  const names = new Set(tags.map((t) => t.name));
  return state.galaxies
    .map((g) => ({
      ...g,
      GalaxyCluster: g.GalaxyCluster.filter((c) => names.has(c.tag_name)),
    }))
    .filter((g) => g.GalaxyCluster.length > 0);
}

export function renderAttribute(
  state: SimulatorState,
  attribute: MispAttribute,
): MispAttribute {
  return structuredClone({
    ...attribute,
    Galaxy: galaxiesFor(state, attribute.Tag),
  });
}

export function renderEvent(
  state: SimulatorState,
  event: MispEvent,
): { Event: MispEvent } {
  const attributes = event.Attribute.map((a) => renderAttribute(state, a));
  const objects = event.Object.map((o) => ({
    ...o,
    Attribute: o.Attribute.map((a) => renderAttribute(state, a)),
  }));
  const count =
    attributes.length + objects.reduce((n, o) => n + o.Attribute.length, 0);
  return {
    Event: structuredClone({
      ...event,
      attribute_count: String(count),
      Galaxy: galaxiesFor(state, event.Tag),
      Attribute: attributes,
      Object: objects,
    }),
  };
}
