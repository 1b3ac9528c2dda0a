/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Pagination: places the blocks on pages once, in reading order. A paragraph breaks between
 * lines, leaving at least two at the foot of a page and two at the head of the next; headings go
 * to the next page with what follows them; table rows stay whole and the header row is repeated;
 * a frame is closed at the foot of a page and opened again at the head of the next. */
#define G_LOG_DOMAIN "briefing-page-layout"

#include "config.h"

#include "briefing-page-layout-private.h"

#define ORPHANS 2  /* lines a paragraph leaves at least at the foot of a page */
#define WIDOWS  2  /* and takes at least to the head of the next */

typedef struct
{
  double top;
  double bottom;
} Band;

typedef struct
{
  BriefingPageLayout *self;
  GArray             *page;          /* of BriefingPagePlacement: the page being filled */
  double              top;
  double              bottom;        /* less the frame's padding while a frame is open */
  double              y;             /* where the next block may start */
  double              pending;       /* space owed after the last block */
  gboolean            empty;         /* nothing placed on the page yet */
  gboolean            fresh;         /* at the head of a page or a frame: no space before */
  guint               frame;         /* the open frame's placement on this page, or G_MAXUINT */
  double              label_bottom;  /* foot of the last hanging label on this page */
  double              label_indent;  /* and the indent of the text beside it */
  GArray             *bands;         /* of Band: scratch */
} Flow;

static double
block_width (BriefingPageLayout *self,
             BriefingPageBlock  *block)
{
  return self->column_width - block->indent - block->end_indent;
}

/* The lines of @layout from the top of the layout. */
static void
collect_bands (PangoLayout *layout,
               GArray      *bands)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  g_array_set_size (bands, 0);
  do
    {
      int y0, y1;
      Band band;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      band.top = pango_units_to_double (y0);
      band.bottom = pango_units_to_double (y1);
      g_array_append_val (bands, band);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/* The widths texts are measured for: the same expressions wherever they are measured, so that a
 * text shaped ahead is found again. */
static double
label_width (BriefingPageBlock *block)
{
  return block->label_width - 6;
}

static double
cell_width (BriefingPageLayout *self,
            BriefingPageBlock  *block,
            guint               column)
{
  return block_width (self, block) * block->table->fractions[column] -
         2 * BRIEFING_PAGE_CELL_PAD_X;
}

static void
foreach_cell (BriefingPageLayout   *self,
              BriefingPageBlock    *block,
              BriefingPageRow      *row,
              BriefingPageTextFunc  func,
              gpointer              data)
{
  for (guint c = 0; c < row->n_cells; c++)
    if (row->cells[c].text != NULL)
      func (row->cells[c].text, cell_width (self, block, c), data);
}

void
briefing_page_block_foreach_text (BriefingPageLayout   *self,
                                  BriefingPageBlock    *block,
                                  BriefingPageTextFunc  func,
                                  gpointer              data)
{
  switch (block->kind)
    {
    case BRIEFING_PAGE_BLOCK_TEXT:
      func (block->text, block_width (self, block), data);
      if (block->label != NULL)
        func (block->label, label_width (block), data);
      break;

    case BRIEFING_PAGE_BLOCK_TABLE:
      if (block->table->caption != NULL)
        func (block->table->caption, block_width (self, block), data);
      foreach_cell (self, block, block->table->header, func, data);
      for (guint r = 0; r < block->table->rows->len; r++)
        foreach_cell (self, block, g_ptr_array_index (block->table->rows, r), func, data);
      break;

    case BRIEFING_PAGE_BLOCK_GRAPHIC:
    case BRIEFING_PAGE_BLOCK_FRAME_START:
    case BRIEFING_PAGE_BLOCK_FRAME_END:
    case BRIEFING_PAGE_BLOCK_PAGE_BREAK:
    default:
      break;
    }
}

static void
measure_text_block (BriefingPageLayout *self,
                    BriefingPageBlock  *block)
{
  briefing_page_text_get_layout (self, block->text, block_width (self, block));
  if (block->label != NULL)
    briefing_page_text_get_layout (self, block->label, label_width (block));
}

static void
measure_row (BriefingPageLayout *self,
             BriefingPageBlock  *block,
             BriefingPageRow    *row)
{
  double tallest = 0, strip = 0;

  for (guint c = 0; c < row->n_cells; c++)
    {
      BriefingPageText *text = row->cells[c].text;

      if (row->cells[c].marker != NULL)
        strip = BRIEFING_PAGE_STRIP_HEIGHT;
      if (text == NULL)
        continue;
      briefing_page_text_get_layout (self, text, cell_width (self, block, c));
      tallest = MAX (tallest, text->height);
    }
  row->height = tallest + 2 * BRIEFING_PAGE_CELL_PAD_Y + strip;
}

static void
release_row (BriefingPageLayout *self,
             BriefingPageRow    *row)
{
  for (guint c = 0; c < row->n_cells; c++)
    briefing_page_text_release (self, row->cells[c].text);
}

/* Height of the first @n lines of a measured text. */
static double
lines_height (BriefingPageText *text,
              guint             n)
{
  PangoLayoutIter *iter = pango_layout_get_iter (text->layout);
  int top = 0, y0, y1 = 0;

  for (guint i = 0; i < n; i++)
    {
      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      if (i == 0)
        top = y0;
      if (!pango_layout_iter_next_line (iter))
        break;
    }
  pango_layout_iter_free (iter);
  return pango_units_to_double (y1 - top);
}

/* What must fit for a row to start: all of it, or the first lines of a row taller than a page. */
static double
row_start_height (Flow              *flow,
                  BriefingPageBlock *block,
                  BriefingPageRow   *row)
{
  double body = flow->bottom - flow->top, first_lines = 0;

  measure_row (flow->self, block, row);
  if (row->height <= body - block->table->header->height)
    return row->height;

  for (guint c = 0; c < row->n_cells; c++)
    if (row->cells[c].text != NULL)
      first_lines = MAX (first_lines, lines_height (row->cells[c].text, ORPHANS));
  return first_lines + 2 * BRIEFING_PAGE_CELL_PAD_Y;
}

/* What must fit on a page for block @index to start there. */
static double
start_height (Flow  *flow,
              guint  index)
{
  BriefingPageLayout *self = flow->self;
  BriefingPageBlock *block, *next;
  double height = 0, body = flow->bottom - flow->top;

  if (index >= self->blocks->len)
    return 0;

  block = g_ptr_array_index (self->blocks, index);
  next = index + 1 < self->blocks->len ? g_ptr_array_index (self->blocks, index + 1) : NULL;

  switch (block->kind)
    {
    case BRIEFING_PAGE_BLOCK_TEXT:
      measure_text_block (self, block);
      if (block->keep_with_next)
        height = block->text->height;
      else if (block->text->n_lines < ORPHANS + WIDOWS)
        height = block->text->height;
      else
        height = lines_height (block->text, ORPHANS);
      if (block->label != NULL)
        height = MAX (height, block->label->height);
      break;

    case BRIEFING_PAGE_BLOCK_TABLE:
      measure_row (self, block, block->table->header);
      height = block->table->header->height;
      /* The header with a row, or with both rows of a table of two. */
      for (guint r = 0; r < MIN (block->table->rows->len, block->table->rows->len == 2 ? 2 : 1); r++)
        height += row_start_height (flow, block, g_ptr_array_index (block->table->rows, r));
      break;

    case BRIEFING_PAGE_BLOCK_GRAPHIC:
      height = block->height;
      break;

    case BRIEFING_PAGE_BLOCK_FRAME_START:
      return BRIEFING_PAGE_FRAME_PAD + start_height (flow, index + 1);

    case BRIEFING_PAGE_BLOCK_FRAME_END:
      return BRIEFING_PAGE_FRAME_PAD;

    case BRIEFING_PAGE_BLOCK_PAGE_BREAK:
    default:
      return 0;
    }

  if (block->keep_with_next && next != NULL)
    {
      double with_next = height + MAX (block->space_after, next->space_before) +
                         start_height (flow, index + 1);

      /* A chain of headings taller than a page keeps what it can. */
      if (with_next <= body)
        height = with_next;
    }

  return height;
}

static BriefingPagePlacement *
place (Flow              *flow,
       BriefingPageBlock *block,
       double             y,
       double             height,
       guint              first,
       gboolean           starts)
{
  BriefingPagePlacement placement = { block, y, height, first, 0, NULL, starts };

  if (starts)
    block->first_page = flow->self->pages->len;

  g_array_append_val (flow->page, placement);
  flow->empty = FALSE;
  flow->fresh = FALSE;
  return &g_array_index (flow->page, BriefingPagePlacement, flow->page->len - 1);
}

static void
clear_placement (gpointer data)
{
  BriefingPagePlacement *placement = data;

  g_clear_pointer (&placement->cell_lines, g_free);
}

static void
start_page (Flow *flow)
{
  flow->page = g_array_new (FALSE, FALSE, sizeof (BriefingPagePlacement));
  g_array_set_clear_func (flow->page, clear_placement);
  flow->y = flow->top;
  flow->pending = 0;
  flow->empty = TRUE;
  flow->fresh = TRUE;
  flow->label_bottom = 0;
}

static void
new_page (Flow *flow)
{
  BriefingPageBlock *frame = NULL;

  if (flow->frame != G_MAXUINT)
    {
      BriefingPagePlacement *open = &g_array_index (flow->page, BriefingPagePlacement, flow->frame);

      open->height = flow->y + BRIEFING_PAGE_FRAME_PAD - open->y;
      frame = open->block;
    }

  g_ptr_array_add (flow->self->pages, flow->page);
  start_page (flow);

  /* The frame goes on at the head of the next page. */
  if (frame != NULL)
    {
      place (flow, frame, flow->y, 0, 0, FALSE);
      flow->frame = flow->page->len - 1;
      flow->y += BRIEFING_PAGE_FRAME_PAD;
      flow->empty = TRUE;
      flow->fresh = TRUE;
    }
}

/* Moves to where block @index starts: after the space it is owed, or on a new page when what must
 * be kept together does not fit. */
static void
advance (Flow  *flow,
         guint  index)
{
  BriefingPageBlock *block = g_ptr_array_index (flow->self->blocks, index);
  double gap = flow->fresh ? 0 : MAX (flow->pending, block->space_before);

  if (!flow->empty && flow->y + gap + start_height (flow, index) > flow->bottom)
    {
      new_page (flow);
      gap = 0;
    }

  flow->y += gap;
  /* The next entry, or what is not part of the entry, starts below a hanging label. */
  if (block->label != NULL || block->indent < flow->label_indent)
    flow->y = MAX (flow->y, flow->label_bottom);
  flow->pending = 0;
}

static void
place_text (Flow  *flow,
            guint  index)
{
  BriefingPageLayout *self = flow->self;
  BriefingPageBlock *block = g_ptr_array_index (self->blocks, index);
  guint n, first = 0;

  advance (flow, index);
  measure_text_block (self, block);
  collect_bands (block->text->layout, flow->bands);
  n = flow->bands->len;

  while (first < n)
    {
      const Band *bands = (const Band *) (gpointer) flow->bands->data;
      double top = bands[first].top;
      guint last = first;
      BriefingPagePlacement *placement;

      while (last < n && flow->y + bands[last].bottom - top <= flow->bottom)
        last++;

      if (last == first && !flow->empty)
        {
          new_page (flow);
          continue;
        }
      last = MAX (last, first + 1);

      /* Leave no widow at the head of the next page, if the lines here can spare one. */
      if (last < n && n - last < WIDOWS && n - WIDOWS > first &&
          n - WIDOWS - first >= (first == 0 ? ORPHANS : 1))
        last = n - WIDOWS;

      placement = place (flow, block, flow->y, bands[last - 1].bottom - top, first, first == 0);
      placement->n_lines = last - first;
      if (first == 0 && block->label != NULL)
        {
          flow->label_bottom = flow->y + block->label->height;
          flow->label_indent = block->indent;
        }
      flow->y += placement->height;

      first = last;
      if (first < n)
        new_page (flow);
    }

  flow->pending = block->space_after;
  briefing_page_text_release (self, block->text);
  briefing_page_text_release (self, block->label);
}

/* The header row; where the table goes on from a page before, its caption above it. */
static void
place_header (Flow              *flow,
              BriefingPageBlock *block,
              gboolean           starts)
{
  BriefingPageTable *table = block->table;
  double height = table->header->height;

  if (!starts && table->caption != NULL)
    {
      briefing_page_text_get_layout (flow->self, table->caption, block_width (flow->self, block));
      height += table->caption->height + BRIEFING_PAGE_CAPTION_GAP;
    }

  place (flow, block, flow->y, height, G_MAXUINT, starts);
  flow->y += height;
}

/* A row taller than a page: each cell gives the lines that fit, page after page. */
static void
place_tall_row (Flow              *flow,
                BriefingPageBlock *block,
                guint              r)
{
  BriefingPageRow *row = g_ptr_array_index (block->table->rows, r);
  g_autofree guint *next = g_new0 (guint, row->n_cells);
  g_autoptr(GPtrArray) cell_bands = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  gboolean done = FALSE;

  for (guint c = 0; c < row->n_cells; c++)
    {
      GArray *bands = g_array_new (FALSE, FALSE, sizeof (Band));

      if (row->cells[c].text != NULL)
        collect_bands (row->cells[c].text->layout, bands);
      g_ptr_array_add (cell_bands, bands);
    }

  while (!done)
    {
      double room = flow->bottom - flow->y - 2 * BRIEFING_PAGE_CELL_PAD_Y, tallest = 0;
      guint *lines = g_new0 (guint, 2 * row->n_cells);
      gboolean any = FALSE;
      BriefingPagePlacement *placement;

      done = TRUE;
      for (guint c = 0; c < row->n_cells; c++)
        {
          GArray *bands = g_ptr_array_index (cell_bands, c);
          guint last = next[c];

          while (last < bands->len &&
                 g_array_index (bands, Band, last).bottom -
                 g_array_index (bands, Band, next[c]).top <= room)
            last++;
          if (last > next[c])
            tallest = MAX (tallest, g_array_index (bands, Band, last - 1).bottom -
                                    g_array_index (bands, Band, next[c]).top);
          lines[2 * c] = next[c];
          lines[2 * c + 1] = last - next[c];
          any |= last > next[c];
          next[c] = last;
          done &= last >= bands->len;
        }

      if (any)
        {
          placement = place (flow, block, flow->y, tallest + 2 * BRIEFING_PAGE_CELL_PAD_Y, r,
                             FALSE);
          placement->cell_lines = lines;
          flow->y += placement->height;
        }
      else
        g_free (lines);

      if (!done)
        {
          new_page (flow);
          place_header (flow, block, FALSE);
        }
    }
}

static void
place_table (Flow  *flow,
             guint  index)
{
  BriefingPageLayout *self = flow->self;
  BriefingPageBlock *block = g_ptr_array_index (self->blocks, index);
  BriefingPageTable *table = block->table;
  double body = flow->bottom - flow->top, repeated;

  advance (flow, index);
  measure_row (self, block, table->header);
  place_header (flow, block, TRUE);

  /* What the header takes where the table goes on, with its caption. */
  repeated = table->header->height;
  if (table->caption != NULL)
    {
      briefing_page_text_get_layout (self, table->caption, block_width (self, block));
      repeated += table->caption->height + BRIEFING_PAGE_CAPTION_GAP;
    }

  for (guint r = 0, here = 0; r < table->rows->len; r++, here++)
    {
      BriefingPageRow *row = g_ptr_array_index (table->rows, r);
      gboolean fits;

      measure_row (self, block, row);
      fits = flow->y + row->height <= flow->bottom;

      /* The last row does not go on alone to the next page when the one before it can go too. */
      if (fits && here > 0 && r + 2 == table->rows->len)
        {
          BriefingPageRow *last = g_ptr_array_index (table->rows, r + 1);

          measure_row (self, block, last);
          fits = flow->y + row->height + last->height <= flow->bottom ||
                 row->height + last->height > body - repeated;
        }

      if (!fits)
        {
          if (row->height > body - repeated)
            {
              place_tall_row (flow, block, r);
              release_row (self, row);
              continue;
            }
          new_page (flow);
          place_header (flow, block, FALSE);
          here = 0;
        }
      place (flow, block, flow->y, row->height, r, FALSE);
      flow->y += row->height;
      release_row (self, row);
    }

  flow->pending = block->space_after;
}

static void
place_graphic (Flow  *flow,
               guint  index)
{
  BriefingPageBlock *block = g_ptr_array_index (flow->self->blocks, index);

  advance (flow, index);
  place (flow, block, flow->y, block->height, 0, TRUE);
  flow->y += block->height;
  flow->pending = block->space_after;
}

static void
open_frame (Flow  *flow,
            guint  index)
{
  BriefingPageBlock *block = g_ptr_array_index (flow->self->blocks, index);

  advance (flow, index);
  place (flow, block, flow->y, 0, 0, TRUE);
  flow->frame = flow->page->len - 1;
  flow->y += BRIEFING_PAGE_FRAME_PAD;
  flow->bottom -= BRIEFING_PAGE_FRAME_PAD;
  flow->fresh = TRUE;
}

static void
close_frame (Flow  *flow,
             guint  index)
{
  BriefingPageBlock *block = g_ptr_array_index (flow->self->blocks, index);
  BriefingPagePlacement *open;

  g_return_if_fail (flow->frame != G_MAXUINT);

  open = &g_array_index (flow->page, BriefingPagePlacement, flow->frame);
  flow->y += BRIEFING_PAGE_FRAME_PAD;
  open->height = flow->y - open->y;
  flow->frame = G_MAXUINT;
  flow->bottom += BRIEFING_PAGE_FRAME_PAD;
  flow->fresh = FALSE;
  flow->pending = block->space_after;
}

void
briefing_page_layout_paginate (BriefingPageLayout *self)
{
  Flow flow = { self };

  flow.top = BRIEFING_PAGE_MARGIN_TOP;
  flow.bottom = self->height - BRIEFING_PAGE_MARGIN_BOTTOM;
  flow.frame = G_MAXUINT;
  flow.bands = g_array_new (FALSE, FALSE, sizeof (Band));
  start_page (&flow);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      BriefingPageBlock *block = g_ptr_array_index (self->blocks, i);

      switch (block->kind)
        {
        case BRIEFING_PAGE_BLOCK_TEXT:
          place_text (&flow, i);
          break;
        case BRIEFING_PAGE_BLOCK_TABLE:
          place_table (&flow, i);
          break;
        case BRIEFING_PAGE_BLOCK_GRAPHIC:
          place_graphic (&flow, i);
          break;
        case BRIEFING_PAGE_BLOCK_FRAME_START:
          open_frame (&flow, i);
          break;
        case BRIEFING_PAGE_BLOCK_FRAME_END:
          close_frame (&flow, i);
          break;
        case BRIEFING_PAGE_BLOCK_PAGE_BREAK:
        default:
          if (!flow.empty)
            new_page (&flow);
          break;
        }
    }

  /* A briefing has at least one page, and no blank one at its end. */
  if (!flow.empty || self->pages->len == 0)
    g_ptr_array_add (self->pages, flow.page);
  else
    g_array_unref (flow.page);

  g_array_unref (flow.bands);
}
