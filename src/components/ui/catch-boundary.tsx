import { Component, type ReactNode } from 'react';

type Props = {
  children: ReactNode;
  /** What shows instead of the children once one of them has thrown; `reset` renders them again. */
  fallback: (error: Error, reset: () => void) => ReactNode;
};

type State = { error: Error | undefined };

/**
 * An error boundary: a render error (or a rejected lazy import) below it shows `fallback`
 * instead of unmounting the whole page. React logs the error to the console itself.
 */
export class CatchBoundary extends Component<Props, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(thrown: unknown): State {
    return { error: thrown instanceof Error ? thrown : new Error(String(thrown)) };
  }

  private reset = () => this.setState({ error: undefined });

  override render() {
    const { error } = this.state;
    return error === undefined ? this.props.children : this.props.fallback(error, this.reset);
  }
}
