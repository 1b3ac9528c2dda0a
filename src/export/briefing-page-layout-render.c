/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Drawing one page: its running header and footer, then what pagination placed on it. On a PDF
 * surface the page also gets its outline entries, link destinations and links. */
#define G_LOG_DOMAIN "briefing-page-layout"

#include "config.h"

#include <cairo-pdf.h>

#include "briefing-labels.h"
#include "briefing-page-labels.h"
#include "briefing-page-layout-private.h"

#define HEADER_BASELINE 40.0
#define HEADER_RULE     46.0
#define FOOTER_BASELINE 32.0  /* above the bottom edge */
#define MAX_OUTLINE_LEVEL 3

/* The outline entries added so far to a PDF surface, so that a level-2 entry finds its parent
 * whatever page it is drawn on. */
typedef struct
{
  int last[MAX_OUTLINE_LEVEL + 1];
} Outline;

static const cairo_user_data_key_t outline_key;

/* A right-to-left briefing is laid out as a left-to-right one and drawn through a mirror (see
 * briefing_page_layout_draw_page()); text is then mirrored once more, about its own box, so that it
 * lands where the mirror puts it and still reads the right way. */
/* On a mirrored page, mirrors the box from @left to @right once more about itself (cairo_save()d:
 * end with unmirror_end()); FALSE, and nothing done, on a page that is not mirrored. */
static gboolean
unmirror_begin (cairo_t *cr,
                double   left,
                double   right)
{
  cairo_matrix_t matrix;

  cairo_get_matrix (cr, &matrix);
  if (matrix.xx >= 0)
    return FALSE;

  cairo_save (cr);
  cairo_translate (cr, left + right, 0);
  cairo_scale (cr, -1, 1);
  return TRUE;
}

static void
unmirror_end (cairo_t  *cr,
              gboolean  begun)
{
  if (begun)
    cairo_restore (cr);
}

static void
show_unmirrored (cairo_t          *cr,
                 PangoLayoutLine  *line,
                 PangoLayout      *layout)
{
  PangoRectangle logical;
  double x, y, left;
  gboolean begun;

  cairo_get_current_point (cr, &x, &y);
  if (line != NULL)
    pango_layout_line_get_extents (line, NULL, &logical);
  else
    pango_layout_get_extents (layout, NULL, &logical);
  left = x + pango_units_to_double (logical.x);

  begun = unmirror_begin (cr, left, left + pango_units_to_double (logical.width));
  if (begun)
    {
      cairo_new_path (cr);
      cairo_move_to (cr, x, y);
    }
  if (line != NULL)
    pango_cairo_show_layout_line (cr, line);
  else
    pango_cairo_show_layout (cr, layout);
  unmirror_end (cr, begun);
}

void
briefing_page_show_line (cairo_t         *cr,
                         PangoLayoutLine *line)
{
  show_unmirrored (cr, line, NULL);
}

void
briefing_page_show_layout (cairo_t     *cr,
                           PangoLayout *layout)
{
  show_unmirrored (cr, NULL, layout);
}

static gboolean
is_pdf (cairo_t *cr)
{
  return cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF;
}

/* Numbers in tag attributes are always written with a dot, whatever the locale. */
static void
append_number (GString *attributes,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (attributes, g_ascii_formatd (buffer, sizeof buffer, "%.2f", value));
}

static void
append_quoted (GString    *attributes,
               const char *value)
{
  g_string_append_c (attributes, '\'');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (attributes, '\\');
      g_string_append_c (attributes, *p);
    }
  g_string_append_c (attributes, '\'');
}

/* A link over the rectangle @x, @y, @width, @height to a destination or a URI. */
static void
add_link (cairo_t    *cr,
          const char *target,
          gboolean    external,
          double      x,
          double      y,
          double      width,
          double      height)
{
  g_autoptr(GString) attributes = g_string_new (external ? "uri=" : "dest=");
  double xs[4] = { x, x + width, x, x + width }, ys[4] = { y, y, y + height, y + height };
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  /* cairo takes a link's rectangle as it is, without the current transformation (which mirrors a
   * right-to-left page): the rectangle goes in the surface's own coordinates. */
  for (guint i = 0; i < 4; i++)
    {
      cairo_user_to_device (cr, &xs[i], &ys[i]);
      x0 = MIN (x0, xs[i]), x1 = MAX (x1, xs[i]);
      y0 = MIN (y0, ys[i]), y1 = MAX (y1, ys[i]);
    }
  x = x0, y = y0, width = x1 - x0, height = y1 - y0;

  append_quoted (attributes, target);
  g_string_append (attributes, " rect=[");
  append_number (attributes, x);
  g_string_append_c (attributes, ' ');
  append_number (attributes, y);
  g_string_append_c (attributes, ' ');
  append_number (attributes, width);
  g_string_append_c (attributes, ' ');
  append_number (attributes, height);
  g_string_append_c (attributes, ']');

  cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes->str);
  cairo_tag_end (cr, CAIRO_TAG_LINK);
}

static void
begin_dest (cairo_t    *cr,
            const char *name,
            double      x,
            double      y)
{
  g_autoptr(GString) attributes = g_string_new ("name=");

  cairo_user_to_device (cr, &x, &y);  /* as for links: see add_link() */
  append_quoted (attributes, name);
  g_string_append (attributes, " x=");
  append_number (attributes, x);
  g_string_append (attributes, " y=");
  append_number (attributes, y);
  cairo_tag_begin (cr, CAIRO_TAG_DEST, attributes->str);
}

static void
add_outline_entry (BriefingPageLayout *self,
                   cairo_t            *cr,
                   BriefingPageBlock  *block)
{
  cairo_surface_t *surface = cairo_get_target (cr);
  Outline *outline = cairo_surface_get_user_data (surface, &outline_key);
  guint level = MIN (block->outline_level, MAX_OUTLINE_LEVEL);
  g_autoptr(GString) link = g_string_new ("dest=");
  int parent, id;

  if (outline == NULL)
    {
      outline = g_new0 (Outline, 1);
      cairo_surface_set_user_data (surface, &outline_key, outline, g_free);
    }

  parent = outline->last[level - 1];
  append_quoted (link, block->dest);
  id = cairo_pdf_surface_add_outline (surface, parent, block->text->text->str, link->str,
                                      level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
  outline->last[level] = id;
  for (guint l = level + 1; l <= MAX_OUTLINE_LEVEL; l++)
    outline->last[l] = outline->last[level];
}

static void
draw_line_links (cairo_t          *cr,
                 BriefingPageText *text,
                 PangoLayoutLine  *line,
                 double            x,
                 double            top,
                 double            height)
{
  int start = line->start_index, end = line->start_index + line->length;

  for (guint i = 0; text->links != NULL && i < text->links->len; i++)
    {
      const BriefingPageLink *link = &g_array_index (text->links, BriefingPageLink, i);
      int *ranges = NULL, n_ranges = 0;

      if ((int) link->end <= start || (int) link->start >= end)
        continue;

      pango_layout_line_get_x_ranges (line, MAX ((int) link->start, start),
                                      MIN ((int) link->end, end), &ranges, &n_ranges);
      for (int r = 0; r < n_ranges; r++)
        {
          double x0 = x + pango_units_to_double (ranges[2 * r]);
          double x1 = x + pango_units_to_double (ranges[2 * r + 1]);

          add_link (cr, link->target, link->external, x0, top, x1 - x0, height);
        }
      g_free (ranges);
    }
}

/* What drawing found out about the first line drawn. */
typedef struct
{
  double   height;
  double   baseline;  /* from the line's top */
  gboolean rtl;
} FirstLine;

/* Lines @first to @first + @n of @text with the top of the first at @y. */
static void
draw_lines (BriefingPageLayout *self,
            cairo_t            *cr,
            BriefingPageText   *text,
            double              x,
            double              y,
            guint               first,
            guint               n,
            const char         *dest,
            FirstLine          *first_line)
{
  g_autoptr(PangoLayout) layout = briefing_page_text_dup_layout (self, text);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int top = 0;

  for (guint i = 0; i < first; i++)
    pango_layout_iter_next_line (iter);

  for (guint k = 0; k < n; k++)
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      int y0, y1, baseline;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      baseline = pango_layout_iter_get_baseline (iter);
      if (k == 0)
        {
          top = y0;
          if (first_line != NULL)
            {
              first_line->height = pango_units_to_double (y1 - y0);
              first_line->baseline = pango_units_to_double (baseline - y0);
              first_line->rtl = line->resolved_dir == PANGO_DIRECTION_RTL;
            }
        }

      if (k == 0 && dest != NULL)
        begin_dest (cr, dest, x, y);
      cairo_move_to (cr, x + pango_units_to_double (logical.x),
                     y + pango_units_to_double (baseline - top));
      briefing_page_show_line (cr, line);
      if (k == 0 && dest != NULL)
        cairo_tag_end (cr, CAIRO_TAG_DEST);

      {
        double left = x + pango_units_to_double (logical.x);
        gboolean begun = unmirror_begin (cr, left, left + pango_units_to_double (logical.width));

        draw_line_links (cr, text, line, x, y + pango_units_to_double (y0 - top),
                         pango_units_to_double (y1 - y0));
        unmirror_end (cr, begun);
      }

      if (!pango_layout_iter_next_line (iter))
        break;
    }

  pango_layout_iter_free (iter);
  cairo_new_path (cr);
}

static void
hairline (cairo_t         *cr,
          BriefingPageInk  ink,
          double           width,
          double           x0,
          double           x1,
          double           y)
{
  cairo_new_path (cr);
  cairo_move_to (cr, x0, y);
  cairo_line_to (cr, x1, y);
  briefing_page_set_ink (cr, ink);
  cairo_set_line_width (cr, width);
  cairo_stroke (cr);
}

static gboolean
starts_right_to_left (BriefingPageLayout *self,
                      BriefingPageText   *text)
{
  g_autoptr(PangoLayout) layout = briefing_page_text_dup_layout (self, text);

  return pango_layout_get_line_readonly (layout, 0)->resolved_dir == PANGO_DIRECTION_RTL;
}

/* A contents entry: the page its section starts on at the end of the line, and a link. */
static void
draw_contents_page (BriefingPageLayout *self,
                    cairo_t            *cr,
                    BriefingPageBlock  *block,
                    double              x,
                    double              y,
                    double              width,
                    double              line_height)
{
  char number[16];
  PangoLayout *layout;
  int w, baseline;

  g_snprintf (number, sizeof number, "%u", block->contents_of->first_page + 1);
  layout = briefing_page_layout_get_scratch (self, block->text->style, number);
  pango_layout_get_size (layout, &w, NULL);
  baseline = pango_layout_get_baseline (layout);
  briefing_page_set_style_ink (cr, block->text->style);
  cairo_move_to (cr, x + width - pango_units_to_double (w), y);
  cairo_rel_move_to (cr, 0, pango_units_to_double (baseline));
  briefing_page_show_line (cr, pango_layout_get_line_readonly (layout, 0));
  cairo_new_path (cr);

  if (block->contents_of->dest != NULL)
    add_link (cr, block->contents_of->dest, FALSE, x, y, width, line_height);
}

static void
draw_text (BriefingPageLayout          *self,
           cairo_t                     *cr,
           const BriefingPagePlacement *placement)
{
  BriefingPageBlock *block = placement->block;
  double x = BRIEFING_PAGE_MARGIN_SIDE + block->indent;
  double width = self->column_width - block->indent - block->end_indent;
  /* A paragraph against the briefing's direction (Arabic in English, English in Arabic). */
  gboolean mirrored = block->label_mirrors && starts_right_to_left (self, block->text) != self->rtl;
  FirstLine line = { 0 };

  /* A right-to-left paragraph takes its indent at the other side, its bullet with it. */
  if (mirrored)
    x -= block->label_width;

  if (placement->starts && block->outline_level > 0 && is_pdf (cr))
    add_outline_entry (self, cr, block);

  briefing_page_set_style_ink (cr, block->text->style);
  draw_lines (self, cr, block->text, x, placement->y, placement->first, placement->n_lines,
              placement->starts ? block->dest : NULL, &line);

  if (!placement->starts)
    return;

  /* The label sits on the first line's baseline. */
  if (block->label != NULL)
    {
      g_autoptr(PangoLayout) label = briefing_page_text_dup_layout (self, block->label);
      double baseline = pango_units_to_double (pango_layout_get_baseline (label));
      double label_x = x - block->label_width;
      int label_width;

      if (mirrored)
        {
          pango_layout_get_size (label, &label_width, NULL);
          label_x = x + width + block->label_width - pango_units_to_double (label_width);
        }
      briefing_page_set_style_ink (cr, block->label->style);
      draw_lines (self, cr, block->label, label_x, placement->y + line.baseline - baseline, 0,
                  block->label->n_lines, NULL, NULL);
    }

  if (block->marker != NULL)
    {
      double mx = line.rtl != self->rtl ? x + width + BRIEFING_PAGE_MARKER_GAP
                           : x - BRIEFING_PAGE_MARKER_GAP - BRIEFING_PAGE_MARKER_WIDTH;

      briefing_page_draw_marker (cr, block->marker, mx, placement->y + line.height * 0.12,
                                 BRIEFING_PAGE_MARKER_WIDTH, line.height * 0.8);
    }

  if (block->contents_of != NULL)
    draw_contents_page (self, cr, block, x, placement->y, width + block->end_indent, line.height);

  if (block->rule_below)
    hairline (cr, BRIEFING_PAGE_INK_RULE, 0.6, x, x + width,
              placement->y + placement->height + 3.5);
}

static void
draw_row (BriefingPageLayout          *self,
          cairo_t                     *cr,
          const BriefingPagePlacement *placement)
{
  BriefingPageBlock *block = placement->block;
  BriefingPageTable *table = block->table;
  gboolean header = placement->first == G_MAXUINT;
  BriefingPageRow *row = header ? table->header : g_ptr_array_index (table->rows, placement->first);
  double x = BRIEFING_PAGE_MARGIN_SIDE + block->indent;
  double width = self->column_width - block->indent - block->end_indent;
  double y = placement->y, height = placement->height, cx = x, strip = 0;

  if (header && !placement->starts && table->caption != NULL)
    {
      double above = table->caption->height + BRIEFING_PAGE_CAPTION_GAP;

      briefing_page_set_style_ink (cr, table->caption->style);
      draw_lines (self, cr, table->caption, x, y, 0, table->caption->n_lines, NULL, NULL);
      y += above;
      height -= above;
    }

  for (guint c = 0; c < row->n_cells; c++)
    if (row->cells[c].marker != NULL)
      strip = BRIEFING_PAGE_STRIP_HEIGHT;

  if (header || row->shaded)
    {
      cairo_new_path (cr);
      cairo_rectangle (cr, x, y, width, height);
      briefing_page_set_ink (cr, header ? BRIEFING_PAGE_INK_HEADER_FILL : BRIEFING_PAGE_INK_FILL);
      cairo_fill (cr);
    }

  for (guint c = 0; c < row->n_cells; c++)
    {
      BriefingPageCell *cell = &row->cells[c];
      double cw = width * table->fractions[c];

      if (cell->marker != NULL)
        briefing_page_draw_marker (cr, cell->marker, cx + 1, y + 0.5, cw - 2, strip);

      if (cell->text != NULL)
        {
          guint first = placement->cell_lines != NULL ? placement->cell_lines[2 * c] : 0;
          guint n = placement->cell_lines != NULL ? placement->cell_lines[2 * c + 1]
                                                  : cell->text->n_lines;

          briefing_page_set_style_ink (cr, cell->text->style);
          if (n > 0)
            draw_lines (self, cr, cell->text, cx + BRIEFING_PAGE_CELL_PAD_X,
                        y + BRIEFING_PAGE_CELL_PAD_Y + strip, first, n, NULL, NULL);
        }
      cx += cw;
    }

  if (header)
    {
      hairline (cr, BRIEFING_PAGE_INK_RULE, 0.8, x, x + width, y);
      hairline (cr, BRIEFING_PAGE_INK_RULE, 0.5, x, x + width, y + height);
    }
  else
    hairline (cr, BRIEFING_PAGE_INK_HAIRLINE, 0.5, x, x + width, y + height);
}

static void
draw_frame (BriefingPageLayout          *self,
            cairo_t                     *cr,
            const BriefingPagePlacement *placement)
{
  BriefingPageBlock *block = placement->block;
  double x = BRIEFING_PAGE_MARGIN_SIDE + block->indent;
  double width = self->column_width - block->indent - block->end_indent;

  cairo_new_path (cr);
  cairo_rectangle (cr, x + 0.4, placement->y, width - 0.8, placement->height);
  briefing_page_set_ink (cr, BRIEFING_PAGE_INK_FILL);
  cairo_fill_preserve (cr);
  briefing_page_set_ink (cr, BRIEFING_PAGE_INK_RULE);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);
}

static void
draw_graphic (BriefingPageLayout          *self,
              cairo_t                     *cr,
              const BriefingPagePlacement *placement)
{
  BriefingPageBlock *block = placement->block;

  if (block->draw == NULL)
    return;

  cairo_save (cr);
  cairo_new_path (cr);
  block->draw (self, cr, BRIEFING_PAGE_MARGIN_SIDE + block->indent, placement->y,
               self->column_width - block->indent - block->end_indent, block->data);
  cairo_restore (cr);
  cairo_new_path (cr);
}

/* The running header is the same on every page: laid out once. */
static PangoLayout *
running_layout (BriefingPageLayout *self,
                const char         *words)
{
  PangoLayout *layout = pango_layout_new (self->context);

  pango_layout_set_font_description (layout, self->fonts[BRIEFING_PAGE_STYLE_RUNNING]);
  pango_layout_set_text (layout, words, -1);
  return layout;
}

static void
prepare_running_header (BriefingPageLayout *self)
{
  BriefingComposition *composition = self->composition;
  g_autofree char *date = briefing_date_format (&composition->date);
  double left = BRIEFING_PAGE_MARGIN_SIDE, right = self->width - BRIEFING_PAGE_MARGIN_SIDE;
  int width = 0;

  if (date != NULL && *date != '\0')
    {
      self->running_date = running_layout (self, date);
      pango_layout_get_size (self->running_date, &width, NULL);
    }

  self->running_title = running_layout (self, composition->title != NULL ? composition->title
                                                                        : "");
  pango_layout_set_width (self->running_title, pango_units_from_double (right - left - 24) - width);
  pango_layout_set_ellipsize (self->running_title, PANGO_ELLIPSIZE_END);
}

/* The briefing's title and date above a rule, except on the cover. */
static void
draw_running_header (BriefingPageLayout *self,
                     cairo_t            *cr)
{
  double left = BRIEFING_PAGE_MARGIN_SIDE, right = self->width - BRIEFING_PAGE_MARGIN_SIDE;
  int width, baseline;

  if (self->running_title == NULL)
    prepare_running_header (self);

  briefing_page_set_ink (cr, BRIEFING_PAGE_INK_SECONDARY);
  if (self->running_date != NULL)
    {
      pango_layout_get_size (self->running_date, &width, NULL);
      cairo_move_to (cr, right - pango_units_to_double (width), HEADER_BASELINE);
      briefing_page_show_line (cr, pango_layout_get_line_readonly (self->running_date, 0));
    }

  baseline = pango_layout_get_baseline (self->running_title);
  cairo_move_to (cr, left, HEADER_BASELINE - pango_units_to_double (baseline));
  briefing_page_show_layout (cr, self->running_title);

  hairline (cr, BRIEFING_PAGE_INK_HAIRLINE, 0.5, left, right, HEADER_RULE);
}

static void
draw_footer (BriefingPageLayout *self,
             cairo_t            *cr,
             guint               page)
{
  g_autofree char *words = briefing_page_format_page_of (page + 1, self->pages->len);
  PangoLayout *layout = briefing_page_layout_get_scratch (self, BRIEFING_PAGE_STYLE_RUNNING, words);
  int width;

  pango_layout_get_size (layout, &width, NULL);
  briefing_page_set_ink (cr, BRIEFING_PAGE_INK_SECONDARY);
  cairo_move_to (cr, (self->width - pango_units_to_double (width)) / 2,
                 self->height - FOOTER_BASELINE);
  briefing_page_show_line (cr, pango_layout_get_line_readonly (layout, 0));
  cairo_new_path (cr);
}

void
briefing_page_layout_draw_page (BriefingPageLayout *self,
                                cairo_t            *cr,
                                guint               page)
{
  GArray *placements = g_ptr_array_index (self->pages, page);

  briefing_composition_push_language (self->composition);
  cairo_save (cr);
  cairo_new_path (cr);

  /* Right to left: the whole page through a mirror — columns, timeline, markers, the running
   * header — with each run of text put the right way round again (show_unmirrored()). */
  if (self->rtl)
    {
      cairo_translate (cr, self->width, 0);
      cairo_scale (cr, -1, 1);
    }

  if (page > 0 || (self->composition->sections & BRIEFING_SECTION_COVER) == 0)
    draw_running_header (self, cr);
  draw_footer (self, cr, page);

  for (guint i = 0; i < placements->len; i++)
    {
      const BriefingPagePlacement *placement;

      placement = &g_array_index (placements, BriefingPagePlacement, i);
      switch (placement->block->kind)
        {
        case BRIEFING_PAGE_BLOCK_TEXT:
          draw_text (self, cr, placement);
          break;
        case BRIEFING_PAGE_BLOCK_TABLE:
          draw_row (self, cr, placement);
          break;
        case BRIEFING_PAGE_BLOCK_GRAPHIC:
          draw_graphic (self, cr, placement);
          break;
        case BRIEFING_PAGE_BLOCK_FRAME_START:
          draw_frame (self, cr, placement);
          break;
        case BRIEFING_PAGE_BLOCK_FRAME_END:
        case BRIEFING_PAGE_BLOCK_PAGE_BREAK:
        default:
          break;
        }
    }

  cairo_restore (cr);
  briefing_translation_pop ();
}
