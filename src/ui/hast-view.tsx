import type { Root } from 'hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { useMemo } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

/** Tables scroll sideways on their own instead of widening the page on a phone. */
const components: Partial<Components> = {
  table: (props) => (
    <div className="table-scroll">
      <table {...props} />
    </div>
  ),
};

/**
 * Renders compiled, sanitised hast as React elements (no innerHTML anywhere). A chapter's trees
 * never change, so each is converted once per mounted view.
 */
export function HastView({ tree }: { tree: Root }) {
  return useMemo(() => toJsxRuntime(tree, { Fragment, jsx, jsxs, components }), [tree]);
}
