// Which rows of a table would be drawn the same as last time. A keystroke changes one row of
// perhaps 200: the table hands Lit's `repeat` `noChange` for the others, so Lit leaves their DOM
// as it is, and nothing is allocated for them (a `guard` per row cost a list of its inputs, a
// closure and a directive result for every row at every keystroke).
//
// A row is known by its key (the one `repeat` uses). Lit draws a row whose key is new to the list,
// so a key left out of one render is forgotten: if it comes back (undo), it is drawn again.

/** What a row's drawing depends on. */
interface RowInputs {
  row: unknown;
  index: number;
  count: number;
  cells: string;
  root: string;
  columns: unknown;
  minRows: number;
  /** The render that last asked about this row. */
  render: number;
}

export class RowDrawMemo {
  #rows = new Map<unknown, RowInputs>();
  #render = 0;

  /**
   * Call when a render starts. `repeat` asks about the rows while Lit commits that render, so
   * the rows the previous render did not ask about (removed from the list) are forgotten here.
   */
  startRender(): void {
    // forEach, not for…of: no [key, value] pair is made per row.
    this.#rows.forEach((inputs, key) => {
      if (inputs.render !== this.#render) this.#rows.delete(key);
    });
    this.#render += 1;
  }

  /**
   * True when row `key` was last drawn with these very inputs (and is still on the page); else
   * remembers them, for the drawing about to be made.
   */
  unchanged(
    key: unknown,
    row: unknown,
    index: number,
    count: number,
    cells: string,
    root: string,
    columns: unknown,
    minRows: number,
  ): boolean {
    const known = this.#rows.get(key);
    if (known === undefined) {
      const render = this.#render;
      this.#rows.set(key, { row, index, count, cells, root, columns, minRows, render });
      return false;
    }
    const same =
      known.render === this.#render - 1 &&
      known.row === row &&
      known.index === index &&
      known.count === count &&
      known.cells === cells &&
      known.root === root &&
      known.columns === columns &&
      known.minRows === minRows;
    if (!same) {
      known.row = row;
      known.index = index;
      known.count = count;
      known.cells = cells;
      known.root = root;
      known.columns = columns;
      known.minRows = minRows;
    }
    known.render = this.#render;
    return same;
  }
}
