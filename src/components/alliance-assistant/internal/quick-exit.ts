import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Presses of Shift, alone, that trigger the quick exit. */
export const QUICK_EXIT_PRESSES = 3;
/** Time window for those presses, in milliseconds (GOV.UK "Exit this page" uses 5 s). */
export const QUICK_EXIT_WINDOW_MS = 5000;

/**
 * Counts Shift presses on the page (GOV.UK "Exit this page"): Shift pressed and released without
 * another key counts; any other key, or Shift used as a modifier, resets the count.
 */
export class QuickExitController implements ReactiveController {
  private presses: number[] = [];
  private shiftDown = false;
  private shiftCombined = false;
  private readonly onProgress: (remaining: number) => void;
  private readonly onExit: () => void;

  constructor(
    host: ReactiveControllerHost,
    onProgress: (remaining: number) => void,
    onExit: () => void,
  ) {
    this.onProgress = onProgress;
    this.onExit = onExit;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.handleKeyDown, true);
    document.addEventListener('keyup', this.handleKeyUp, true);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.handleKeyDown, true);
    document.removeEventListener('keyup', this.handleKeyUp, true);
    this.presses = [];
  }

  private readonly handleKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Shift') {
      if (!event.repeat) {
        this.shiftDown = true;
        this.shiftCombined = false;
      }
      return;
    }
    if (this.shiftDown) this.shiftCombined = true;
    this.presses = [];
  };

  private readonly handleKeyUp = (event: KeyboardEvent): void => {
    if (event.key !== 'Shift') return;
    const combined = this.shiftCombined;
    this.shiftDown = false;
    this.shiftCombined = false;
    if (combined) {
      this.presses = [];
      return;
    }
    const now = performance.now();
    this.presses = [...this.presses.filter((time) => now - time < QUICK_EXIT_WINDOW_MS), now];
    if (this.presses.length >= QUICK_EXIT_PRESSES) {
      this.presses = [];
      this.onExit();
    } else {
      this.onProgress(QUICK_EXIT_PRESSES - this.presses.length);
    }
  };
}
