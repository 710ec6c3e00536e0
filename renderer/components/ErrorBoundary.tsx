// Catches render errors so one broken page does not blank the whole window.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorView } from './ErrorView';

interface Props {
  children: ReactNode;
  title?: string;
}

interface State {
  error: unknown;
  failed: boolean;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The console is the only log a renderer has; keep the component stack for bug reports.
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return <ErrorView error={this.state.error} title={this.props.title} onRetry={() => this.setState({ error: null, failed: false })} />;
    }
    return this.props.children;
  }
}
