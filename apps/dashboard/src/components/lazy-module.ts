import { useEffect, useState } from "react";

/** A module imported once, on first use; `loaded` is set from then on. */
export type LazyModule<T> = { load: () => Promise<T>; loaded: T | undefined };

export function lazyModule<T>(importModule: () => Promise<T>): LazyModule<T> {
  let loading: Promise<T> | undefined;
  const lazy: LazyModule<T> = {
    loaded: undefined,
    load: () => {
      loading ??= importModule().then(
        (module) => {
          lazy.loaded = module;
          return module;
        },
        (error: unknown) => {
          // A failed chunk is asked again on the next use (a new deployment, a dropped connection).
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
  };
  return lazy;
}

/**
 * The module once loaded, shown without Suspense: React holds a Suspense boundary's content back for up to 300 ms
 * after its fallback appeared (reveal throttling), and a chart on the first screenful cannot wait that long for
 * nothing. Once loaded, every later use renders it at once.
 */
export function useLazyModule<T>(lazy: LazyModule<T>): { module: T | undefined; failed: boolean } {
  const [state, setState] = useState({ module: lazy.loaded, failed: false });
  useEffect(() => {
    if (state.module || state.failed) return;
    let mounted = true;
    lazy.load().then(
      (module) => mounted && setState({ module, failed: false }),
      () => mounted && setState({ module: undefined, failed: true }),
    );
    return () => {
      mounted = false;
    };
  }, [lazy, state]);
  return state;
}
