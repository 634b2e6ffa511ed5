import { EmptyState } from '../../components/ui/states';

/** Sections whose API is not there yet say so plainly instead of showing a fake screen. */
export function PlannedPage({ title, text }: { title: string; text: string }) {
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      <EmptyState title="Not available yet">
        <p className="muted">{text}</p>
      </EmptyState>
    </section>
  );
}
