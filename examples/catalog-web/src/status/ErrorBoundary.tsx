import { Component, type ErrorInfo, type ReactNode } from 'react';

// The last line against a blank screen: a rendering bug shows a message and a way back instead of an empty page.
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('The catalog page failed to render', error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error-notice" role="alert">
        <strong>This page failed to show</strong>
        <p>{this.state.error.message}</p>
        <button type="button" onClick={() => { window.location.hash = '#/'; window.location.reload(); }}>Back to the latest posts</button>
      </div>
    );
  }
}
