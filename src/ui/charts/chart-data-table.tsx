import { useId, useState } from 'react';
import { calculatorMessages } from '../../i18n/messages/calculators.ts';
import { useT } from '../../i18n/use-t.ts';

interface ChartDataTableProps {
  caption: string;
  /** Column headers; the first column holds the row headers. */
  columns: readonly string[];
  /** Formatted cells, one array per row, the row header first. */
  rows: readonly (readonly string[])[];
}

/**
 * The chart's text alternative: the same numbers as an HTML table. Screen readers always get it;
 * sighted learners can show it with the toggle.
 */
export function ChartDataTable({ caption, columns, rows }: ChartDataTableProps) {
  const { t } = useT(calculatorMessages);
  const [shown, setShown] = useState(false);
  const tableId = useId();
  return (
    <div className="chart-data">
      <button type="button" className="chart-data-toggle" aria-expanded={shown} aria-controls={tableId} onClick={() => setShown(!shown)}>
        {t(shown ? 'charts.hideTable' : 'charts.showTable')}
      </button>
      <div id={tableId} className={shown ? 'table-scroll' : 'visually-hidden'}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column, index) => (
                <th key={index} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([header, ...cells], index) => (
              <tr key={`${header ?? ''}-${index}`}>
                <th scope="row">{header}</th>
                {cells.map((cell, cellIndex) => (
                  <td key={cellIndex}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
