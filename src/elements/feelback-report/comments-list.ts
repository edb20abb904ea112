import { html } from 'lit';
import type { Messages } from '../../i18n/index.js';
import type { DashboardMessages } from './dashboard-messages.js';
import type { Board } from './dashboard-task.js';

/**
 * The newest comments (already redacted in the browser that sent them) with where they came from and the
 * respondent's NPS category; a button fetches the next page (`GET /api/comments?cursor=`). A list, not a
 * picture: it needs no table beside it.
 */
export function commentsList(
  board: Board,
  m: DashboardMessages,
  report: Messages['report'],
  lang: string,
  more: () => void,
  loading: boolean,
) {
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
  return html`<section part="figure comments" class="figure wide" aria-labelledby="comments-title">
    <h3 part="caption" class="caption" id="comments-title">${m.comments}</h3>
    ${
      board.comments.length === 0
        ? html`<p part="empty" class="empty">${m.noComments}</p>`
        : html`<ol part="comment-list" class="comment-list">
            ${board.comments.map((c) => {
              const category = c.scores.npsCategory;
              return html`<li part="comment" class="comment">
                <p class="comment-text">${c.comment}</p>
                <p part="comment-meta" class="meta">
                  <time datetime=${c.receivedAt}>${date.format(new Date(c.receivedAt))}</time>
                  · ${c.touchpoint ?? m.none} · ${c.channel}${category ? html` · ${report.categories[category]}` : ''}
                </p>
              </li>`;
            })}
          </ol>`
    }
    ${
      board.more
        ? html`<button part="more" class="more" type="button" ?disabled=${loading} @click=${more}>${m.more}</button>`
        : ''
    }
  </section>`;
}
