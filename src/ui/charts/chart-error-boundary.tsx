import { Component, type ReactNode } from 'react';

interface ChartErrorBoundaryProps {
  /** Shown instead of a drawing that failed to load or render. */
  fallback: ReactNode;
  children: ReactNode;
}

/** A drawing that cannot load (offline, a failed chunk) must not take the page down with it. */
export class ChartErrorBoundary extends Component<ChartErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
