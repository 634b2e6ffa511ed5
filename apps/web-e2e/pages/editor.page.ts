import { expect, type Locator, type Page } from '@playwright/test';

type Point = { x: number; y: number };

/** The workflow editor (`/workflows/[id]`): palette, canvas, inspector, toolbar. */
export class EditorPage {
  constructor(private readonly page: Page) {}

  async open(workflowId: string): Promise<void> {
    await this.page.goto(`/workflows/${workflowId}`);
    await this.waitLoaded();
  }

  async waitLoaded(): Promise<void> {
    await expect(this.page.getByRole('region', { name: 'Workflow canvas' })).toBeVisible();
    await expect(this.node('1')).toBeVisible();
  }

  paletteModule(moduleId: string): Locator {
    return this.page.locator(`.wf-editor__modules [data-module="${moduleId}"]`);
  }

  paletteBlueprint(name: string): Locator {
    return this.page.locator('.wf-editor__modules [data-blueprint]').filter({ hasText: name });
  }

  pane(): Locator {
    return this.page.locator('.wf-editor__canvas .react-flow__pane');
  }

  /** Drags a palette item onto the canvas, `at` relative to the canvas' top-left corner. */
  async dragOntoCanvas(item: Locator, at: Point): Promise<void> {
    await item.dragTo(this.pane(), { targetPosition: at });
  }

  /** React Flow's "fit view" control, without animation: every node and handle on screen. */
  async fitView(): Promise<void> {
    await this.page.locator('.react-flow__controls-fitview').click();
  }

  node(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  nodeCard(id: string): Locator {
    return this.node(id).locator('.wf-node');
  }

  nodesOf(moduleId: string): Locator {
    return this.page.locator(`.react-flow__node:has(.wf-node[data-module-id="${moduleId}"])`);
  }

  handle(nodeId: string, handleId: string): Locator {
    return this.node(nodeId).locator(`.react-flow__handle[data-handleid="${handleId}"]`);
  }

  /** Drags a connection with the mouse from an output handle to an input handle. */
  async connect(from: { node: string; output: string }, to: { node: string; input: string }): Promise<void> {
    const start = await this.center(this.handle(from.node, from.output));
    const end = await this.center(this.handle(to.node, to.input));
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 8 });
    await this.page.mouse.move(end.x, end.y, { steps: 8 });
    await this.page.mouse.up();
  }

  edge(source: string, output: string, target: string, input: string): Locator {
    return this.page.locator(`.react-flow__edge[data-id="${source}:${output}->${target}:${input}"]`);
  }

  async select(nodeId: string): Promise<void> {
    await this.nodeCard(nodeId).click();
    await expect(this.inspector()).toBeVisible();
  }

  async deselect(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }

  inspector(): Locator {
    return this.page.locator('.wf-editor__side .inspector');
  }

  param(paramId: string): Locator {
    return this.page.locator(`.wf-editor__side [data-param="${paramId}"]`);
  }

  /** Types a value into a picker and presses Enter (free entry or the first match). */
  async pick(paramId: string, value: string): Promise<void> {
    const input = this.param(paramId).getByRole('combobox');
    await input.fill(value);
    await input.press('Enter');
    await expect(this.param(paramId).locator('.picker__chip').filter({ hasText: value })).toBeVisible();
  }

  notice(): Locator {
    return this.page.getByTestId('editor-notice');
  }

  saveFeedback(): Locator {
    return this.page.getByTestId('save-feedback');
  }

  saveState(): Locator {
    return this.page.getByTestId('save-state');
  }

  button(name: string): Locator {
    return this.page.locator('.wf-toolbar').getByRole('button', { name, exact: true });
  }

  async save(): Promise<void> {
    await this.button('Save').click();
    await expect(this.saveState()).toHaveText('Saved');
  }

  liveStatus(): Locator {
    return this.page.locator('.wf-live');
  }

  runOutcome(): Locator {
    return this.page.getByTestId('run-outcome');
  }

  private async center(locator: Locator): Promise<Point> {
    const box = await locator.boundingBox();
    if (!box) throw new Error('element has no box');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
}
