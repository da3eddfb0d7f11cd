import { render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo, type ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CalculatorBlock } from '../../src/content/types.ts';
import { CalculatorBlockView } from '../../src/features/calculators/calculator-block-view.tsx';
import { MemoryChannelNetwork, type MemoryChannel } from '../../src/features/present/memory-channel.ts';
import { useDeckSync, type ChannelFactory } from '../../src/features/present/use-deck-sync.ts';
import { QuizBlockView } from '../../src/features/quiz/quiz-block-view.tsx';
import { useLocaleStore } from '../../src/i18n/locale-store.ts';
import { PresentationSyncProvider } from '../../src/ui/presentation-sync.tsx';
import { channels, mockSeeds, shownTexts, singleQuiz } from './quiz-fixtures.tsx';

// The drawings are recharts (it needs a real layout engine); the calculators' numbers are what count here.
vi.mock('../../src/ui/charts/bar-drawing.tsx', () => ({ default: () => <svg /> }));
vi.mock('../../src/ui/charts/line-drawing.tsx', () => ({ default: () => <svg /> }));
vi.mock('../../src/ui/charts/funnel-drawing.tsx', () => ({ default: () => <svg /> }));

const churn: CalculatorBlock = { type: 'calculator', kind: 'churnRate', presets: { startCustomers: 1000, lostCustomers: 150 } };

let network: MemoryChannelNetwork;
let opened: MemoryChannel[];
const openChannel: ChannelFactory = (name) => {
  const channel = network.open(name);
  opened.push(channel);
  return channel;
};

beforeEach(() => {
  useLocaleStore.setState({ locale: 'zh-CN' });
  network = new MemoryChannelNetwork();
  opened = [];
});

afterEach(() => vi.unstubAllGlobals());

/** One window of a presentation showing one slide, joined to the others by the in-memory channel. */
function PresentationWindow({ children }: { children: ReactNode }) {
  const { blocksFor } = useDeckSync('chapter', 'slide', () => undefined, openChannel);
  const sync = useMemo(() => blocksFor('slide'), [blocksFor]);
  return (
    <MemoryRouter>
      <PresentationSyncProvider value={sync}>{children}</PresentationSyncProvider>
    </MemoryRouter>
  );
}

function openWindow(block: ReactNode) {
  const { container } = render(<PresentationWindow>{block}</PresentationWindow>);
  return within(container);
}

const blockMessages = (channel: MemoryChannel | undefined) => (channel?.sent ?? []).filter((m) => (m as { type: string }).type === 'block');

describe('interactive blocks in a presentation', () => {
  it('shows what is typed in one window’s calculator in the other, both ways, without echoes', async () => {
    const user = userEvent.setup();
    const presenter = openWindow(<CalculatorBlockView block={churn} />);
    const audience = openWindow(<CalculatorBlockView block={churn} />);

    await user.clear(presenter.getByLabelText('流失客户数'));
    await user.type(presenter.getByLabelText('流失客户数'), '200');
    await waitFor(() => expect(audience.getByLabelText('流失客户数')).toHaveValue('200'));
    expect(audience.getByRole('status', { name: '计算结果' })).toHaveTextContent('20%');
    expect(presenter.getByLabelText('流失客户数')).toHaveValue('200');
    expect(blockMessages(opened[1])).toEqual([]);

    await user.clear(audience.getByLabelText('期初客户数'));
    await user.type(audience.getByLabelText('期初客户数'), '4000');
    await waitFor(() => expect(presenter.getByLabelText('期初客户数')).toHaveValue('4000'));
    expect(presenter.getByRole('status', { name: '计算结果' })).toHaveTextContent('5%');
    // Clearing the field, then one per character typed: each change once, none of them echoed back.
    expect(blockMessages(opened[0])).toHaveLength(4);
  });

  it('catches up a window opened after the inputs changed', async () => {
    const user = userEvent.setup();
    const presenter = openWindow(<CalculatorBlockView block={churn} />);
    await user.clear(presenter.getByLabelText('流失客户数'));
    await user.type(presenter.getByLabelText('流失客户数'), '90');

    const late = openWindow(<CalculatorBlockView block={churn} />);
    await waitFor(() => expect(late.getByLabelText('流失客户数')).toHaveValue('90'));
    expect(late.getByLabelText('期初客户数')).toHaveValue('1000');
  });

  it('shows the answer chosen and checked in one window, with its feedback, in the other', async () => {
    useLocaleStore.setState({ locale: 'en' });
    mockSeeds(7, 8, 9);
    const quiz = singleQuiz();
    const user = userEvent.setup();
    const presenter = openWindow(<QuizBlockView block={quiz} chapterId="chapter" />);
    const audience = openWindow(<QuizBlockView block={quiz} chapterId="chapter" />);
    const [presenterBox, audienceBox] = [presenter.getByRole('region'), audience.getByRole('region')];

    await user.click(presenter.getByRole('radio', { name: 'Referral' }));
    await waitFor(() => expect(audience.getByRole('radio', { name: 'Referral' })).toBeChecked());
    expect(shownTexts(audienceBox)).toEqual(shownTexts(presenterBox));
    expect(audience.getByRole('status')).toBeEmptyDOMElement();

    await user.click(presenter.getByRole('button', { name: 'Submit answer' }));
    await waitFor(() => expect(audience.getByRole('status')).toHaveTextContent('Correct. Score: 100%.'));
    expect(audience.getByText('Why: Which channel converts best?')).toBeInTheDocument();
    expect(audience.getByRole('radio', { name: /^Referral/ })).toBeDisabled();
    expect(audience.getByRole('button', { name: 'Try again' })).toBeInTheDocument();

    await user.click(audience.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(presenter.getByRole('status')).toBeEmptyDOMElement());
    expect(presenter.getAllByRole('radio').every((radio) => !(radio as HTMLInputElement).checked)).toBe(true);
    expect(shownTexts(presenterBox)).toEqual(shownTexts(audienceBox));
    expect(shownTexts(presenterBox).toSorted()).toEqual(channels.toSorted());
  });

  it('leaves lessons alone: no channel, blocks keep their own state', async () => {
    const channel = vi.fn();
    vi.stubGlobal('BroadcastChannel', channel);
    const user = userEvent.setup();
    const lesson = () => within(render(<CalculatorBlockView block={churn} />, { wrapper: MemoryRouter }).container);
    const [first, second] = [lesson(), lesson()];
    await user.clear(first.getByLabelText('流失客户数'));
    await user.type(first.getByLabelText('流失客户数'), '300');
    expect(first.getByRole('status', { name: '计算结果' })).toHaveTextContent('30%');
    expect(second.getByLabelText('流失客户数')).toHaveValue('150');
    expect(channel).not.toHaveBeenCalled();
  });
});
