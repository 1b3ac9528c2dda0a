/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-page-layout"

#include "config.h"

#include "briefing-page-labels.h"
#include "briefing-page-layout-private.h"

/* A few layouts made again for drawing are kept for a paragraph that runs onto the next page. */
#define N_REMADE 32

#define NBSP "\xc2\xa0"  /* U+00A0 NO-BREAK SPACE */

typedef struct
{
  const char *family;
  gboolean    bold;
  gboolean    condensed;
  double      size;          /* points */
  double      line_spacing;  /* of the font's line height; 0 for the font's own */
  gboolean    secondary;     /* in the grey of secondary text */
} Style;

/* Serif for what is read, sans for what is looked up: headings, labels, tables. */
static const Style styles[BRIEFING_PAGE_N_STYLES] = {
  [BRIEFING_PAGE_STYLE_BODY] = { "DejaVu Serif", FALSE, FALSE, 10, 1.12, FALSE },
  [BRIEFING_PAGE_STYLE_TITLE] = { "DejaVu Sans", TRUE, FALSE, 24, 1.0, FALSE },
  [BRIEFING_PAGE_STYLE_LEAD] = { "DejaVu Serif", FALSE, FALSE, 11.5, 1.12, TRUE },
  [BRIEFING_PAGE_STYLE_HEADING] = { "DejaVu Sans", TRUE, FALSE, 15, 0, FALSE },
  [BRIEFING_PAGE_STYLE_SUBHEADING] = { "DejaVu Sans", TRUE, FALSE, 11, 0, FALSE },
  [BRIEFING_PAGE_STYLE_LABEL] = { "DejaVu Sans", TRUE, FALSE, 8.5, 1.05, FALSE },
  [BRIEFING_PAGE_STYLE_META] = { "DejaVu Sans", FALSE, FALSE, 8.5, 1.05, TRUE },
  [BRIEFING_PAGE_STYLE_CELL] = { "DejaVu Sans", FALSE, TRUE, 8.5, 1.05, FALSE },
  [BRIEFING_PAGE_STYLE_CELL_HEADER] = { "DejaVu Sans", TRUE, TRUE, 8, 0, FALSE },
  [BRIEFING_PAGE_STYLE_RUNNING] = { "DejaVu Sans", FALSE, FALSE, 7.5, 0, TRUE },
};

/* Greys that stay apart in grey print, and a dark blue for links that prints as a dark grey. */
static const double inks[][3] = {
  [BRIEFING_PAGE_INK_TEXT] = { 0.11, 0.11, 0.11 },
  [BRIEFING_PAGE_INK_SECONDARY] = { 0.36, 0.36, 0.36 },
  [BRIEFING_PAGE_INK_LINK] = { 0.10, 0.27, 0.52 },
  [BRIEFING_PAGE_INK_RULE] = { 0.55, 0.55, 0.55 },
  [BRIEFING_PAGE_INK_HAIRLINE] = { 0.80, 0.80, 0.80 },
  [BRIEFING_PAGE_INK_FILL] = { 0.95, 0.95, 0.95 },
  [BRIEFING_PAGE_INK_HEADER_FILL] = { 0.90, 0.90, 0.90 },
  [BRIEFING_PAGE_INK_PAPER] = { 1, 1, 1 },
};

static PangoAttribute *
ink_attribute (BriefingPageInk ink)
{
  return pango_attr_foreground_new (inks[ink][0] * 65535, inks[ink][1] * 65535,
                                    inks[ink][2] * 65535);
}

void
briefing_page_set_ink (cairo_t         *cr,
                       BriefingPageInk  ink)
{
  cairo_set_source_rgb (cr, inks[ink][0], inks[ink][1], inks[ink][2]);
}

void
briefing_page_set_style_ink (cairo_t           *cr,
                             BriefingPageStyle  style)
{
  briefing_page_set_ink (cr, styles[style].secondary ? BRIEFING_PAGE_INK_SECONDARY
                                                     : BRIEFING_PAGE_INK_TEXT);
}

gboolean
briefing_page_set_color (cairo_t    *cr,
                         const char *color)
{
  PangoColor rgb;

  if (color == NULL || !pango_color_parse (&rgb, color))
    return FALSE;

  cairo_set_source_rgb (cr, rgb.red / 65535.0, rgb.green / 65535.0, rgb.blue / 65535.0);
  return TRUE;
}

void
briefing_page_draw_marker (cairo_t    *cr,
                           const char *color,
                           double      x,
                           double      y,
                           double      width,
                           double      height)
{
  cairo_new_path (cr);
  cairo_rectangle (cr, x, y, width, height);
  if (!briefing_page_set_color (cr, color))
    briefing_page_set_ink (cr, BRIEFING_PAGE_INK_RULE);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.45);
  cairo_set_line_width (cr, 0.4);
  cairo_stroke (cr);
}

/* Texts */

BriefingPageText *
briefing_page_text_new (BriefingPageStyle style)
{
  BriefingPageText *text = g_new0 (BriefingPageText, 1);

  text->style = style;
  text->text = g_string_new (NULL);
  return text;
}

static void
clear_link (gpointer data)
{
  BriefingPageLink *link = data;

  g_free (link->target);
}

void
briefing_page_text_free (BriefingPageText *text)
{
  if (text == NULL)
    return;

  g_string_free (text->text, TRUE);
  g_clear_pointer (&text->attrs, pango_attr_list_unref);
  g_clear_pointer (&text->links, g_array_unref);
  g_clear_object (&text->layout);
  g_free (text);
}

void
briefing_page_text_append (BriefingPageText *text,
                           const char       *words)
{
  if (words != NULL)
    g_string_append (text->text, words);
}

static void
insert_attribute (BriefingPageText *text,
                  PangoAttribute   *attribute,
                  guint             start)
{
  if (text->attrs == NULL)
    text->attrs = pango_attr_list_new ();

  attribute->start_index = start;
  attribute->end_index = text->text->len;
  pango_attr_list_insert (text->attrs, attribute);
}

void
briefing_page_text_append_span (BriefingPageText *text,
                                const char       *words,
                                BriefingPageSpan  span)
{
  guint start = text->text->len;

  if (words == NULL || *words == '\0')
    return;

  g_string_append (text->text, words);
  if (span & BRIEFING_PAGE_SPAN_BOLD)
    insert_attribute (text, pango_attr_weight_new (PANGO_WEIGHT_BOLD), start);
  if (span & BRIEFING_PAGE_SPAN_ITALIC)
    insert_attribute (text, pango_attr_style_new (PANGO_STYLE_ITALIC), start);
  if (span & BRIEFING_PAGE_SPAN_SECONDARY)
    insert_attribute (text, ink_attribute (BRIEFING_PAGE_INK_SECONDARY), start);
  if (span & BRIEFING_PAGE_SPAN_LINK)
    insert_attribute (text, ink_attribute (BRIEFING_PAGE_INK_LINK), start);
  if (span & BRIEFING_PAGE_SPAN_TRACKED)
    insert_attribute (text, pango_attr_letter_spacing_new (PANGO_SCALE * 3 / 2), start);
  if (span & BRIEFING_PAGE_SPAN_SANS)
    {
      insert_attribute (text, pango_attr_family_new ("DejaVu Sans"), start);
      insert_attribute (text, pango_attr_scale_new (0.8), start);
    }
}

static void
add_link (BriefingPageText *text,
          guint             start,
          const char       *target,
          gboolean          external)
{
  BriefingPageLink link = { start, text->text->len, g_strdup (target), external };

  if (text->links == NULL)
    {
      text->links = g_array_new (FALSE, FALSE, sizeof (BriefingPageLink));
      g_array_set_clear_func (text->links, clear_link);
    }
  g_array_append_val (text->links, link);
}

void
briefing_page_text_append_link (BriefingPageText *text,
                                const char       *words,
                                const char       *target,
                                gboolean          external)
{
  guint start = text->text->len;

  briefing_page_text_append_span (text, words, BRIEFING_PAGE_SPAN_LINK);
  add_link (text, start, target, external);

  /* A URL breaks where it must, without a hyphen that is not in it. */
  if (external)
    insert_attribute (text, pango_attr_insert_hyphens_new (FALSE), start);
}

void
briefing_page_text_append_refs (BriefingPageText   *text,
                                BriefingPageLayout *self,
                                GArray             *sources)
{
  gboolean linked = FALSE;
  guint start;

  if (sources == NULL || sources->len == 0)
    return;

  /* No-break spaces keep a reference on the line of the words it backs, and whole. */
  g_string_append (text->text, NBSP);
  start = text->text->len;
  g_string_append (text->text, "[");
  for (guint i = 0; i < sources->len; i++)
    {
      guint number = g_array_index (sources, guint, i);
      g_autofree char *dest = briefing_page_layout_dup_source_dest (self, number);
      guint digits = text->text->len;

      if (i > 0)
        {
          g_string_append (text->text, "," NBSP);
          digits = text->text->len;
        }
      g_string_append_printf (text->text, "%u", number);
      if (dest != NULL)
        add_link (text, digits, dest, FALSE);
      linked |= dest != NULL;
    }
  g_string_append (text->text, "]");

  /* One run for the whole reference: smaller files, faster drawing. */
  insert_attribute (text, pango_attr_family_new ("DejaVu Sans"), start);
  insert_attribute (text, pango_attr_scale_new (0.8), start);
  if (linked)
    insert_attribute (text, ink_attribute (BRIEFING_PAGE_INK_LINK), start);
}

gboolean
briefing_page_text_is_empty (BriefingPageText *text)
{
  return text == NULL || text->text->len == 0;
}

/* A few plain words (a status, a category, a date, "—") recur in row after row: laid out once
 * for each width and shared. */
gboolean
briefing_page_text_is_shared (BriefingPageText *text)
{
  return text->attrs == NULL && text->links == NULL && !text->no_wrap && text->text->len <= 40;
}

static char *
shared_key (BriefingPageText *text,
            double            width)
{
  return g_strdup_printf ("%d %d %s", text->style, pango_units_from_double (width),
                          text->text->str);
}

gsize
briefing_page_text_estimate_size (BriefingPageText *text)
{
  /* Measured: about 50 bytes per character of shaped text, lines and attributes. */
  return 512 + text->text->len * 56;
}

void
briefing_page_text_lay_out (BriefingPageLayout *self,
                            PangoContext       *context,
                            BriefingPageText   *text,
                            double              width)
{
  const Style *style = &styles[text->style];
  PangoLayout *layout = pango_layout_new (context);
  PangoRectangle logical;

  pango_layout_set_font_description (layout, self->fonts[text->style]);
  pango_layout_set_width (layout, pango_units_from_double (MAX (width, 1)));
  pango_layout_set_line_spacing (layout, style->line_spacing);
  if (text->no_wrap)
    pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  else
    pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text->text->str, text->text->len);
  pango_layout_set_attributes (layout, text->attrs);

  pango_layout_get_extents (layout, NULL, &logical);
  g_clear_object (&text->layout);
  text->layout = layout;
  text->width = width;
  text->n_lines = pango_layout_get_line_count (layout);
  text->height = pango_units_to_double (logical.height);
}

PangoLayout *
briefing_page_text_share_layout (BriefingPageLayout *self,
                                 PangoContext       *context,
                                 BriefingPageText   *text,
                                 double              width)
{
  g_autofree char *key = shared_key (text, width);
  PangoLayout *layout = g_hash_table_lookup (self->shared, key);
  PangoRectangle logical;

  g_assert (briefing_page_text_is_shared (text));

  if (layout == NULL)
    {
      briefing_page_text_lay_out (self, context, text, width);
      g_hash_table_insert (self->shared, g_steal_pointer (&key), g_object_ref (text->layout));
      return text->layout;
    }

  g_clear_object (&text->layout);
  text->layout = g_object_ref (layout);
  text->width = width;
  text->n_lines = pango_layout_get_line_count (layout);
  pango_layout_get_extents (layout, NULL, &logical);
  text->height = pango_units_to_double (logical.height);
  return layout;
}

PangoLayout *
briefing_page_text_get_layout (BriefingPageLayout *self,
                               BriefingPageText   *text,
                               double              width)
{
  if (text->layout != NULL && text->width == width)
    return text->layout;

  if (briefing_page_text_is_shared (text))
    return briefing_page_text_share_layout (self, self->context, text, width);

  if (text->layout != NULL)
    self->held_bytes -= MIN (self->held_bytes, briefing_page_text_estimate_size (text));

  briefing_page_text_lay_out (self, self->context, text, width);
  self->held_bytes += briefing_page_text_estimate_size (text);
  return text->layout;
}

void
briefing_page_text_release (BriefingPageLayout *self,
                            BriefingPageText   *text)
{
  if (text == NULL || text->layout == NULL || briefing_page_text_is_shared (text) || self->held_bytes <= BRIEFING_PAGE_HELD_BUDGET)
    return;

  self->held_bytes -= MIN (self->held_bytes, briefing_page_text_estimate_size (text));
  g_clear_object (&text->layout);
}

/* A layout made again for drawing is kept among the last few only. */
static PangoLayout *
remake_layout (BriefingPageLayout *self,
               BriefingPageText   *text)
{
  PangoLayout *layout = briefing_page_text_get_layout (self, text, text->width);

  g_queue_push_tail (&self->remade, text);
  if (self->remade.length > N_REMADE)
    {
      BriefingPageText *oldest = g_queue_pop_head (&self->remade);

      if (oldest != text && !g_queue_find (&self->remade, oldest))
        {
          self->held_bytes -= MIN (self->held_bytes, briefing_page_text_estimate_size (oldest));
          g_clear_object (&oldest->layout);
        }
    }
  return layout;
}

/* Blocks */

static BriefingPageBlock *
add_block (BriefingPageLayout    *self,
           BriefingPageBlockKind  kind)
{
  BriefingPageBlock *block = g_new0 (BriefingPageBlock, 1);

  block->kind = kind;
  block->indent = self->inset;
  block->end_indent = self->inset;
  g_ptr_array_add (self->blocks, block);
  return block;
}

static void
free_row (gpointer data)
{
  BriefingPageRow *row = data;

  if (row == NULL)
    return;

  for (guint i = 0; i < row->n_cells; i++)
    {
      briefing_page_text_free (row->cells[i].text);
      g_free (row->cells[i].marker);
    }
  g_free (row->cells);
  g_free (row);
}

static void
free_block (gpointer data)
{
  BriefingPageBlock *block = data;

  briefing_page_text_free (block->text);
  briefing_page_text_free (block->label);
  g_free (block->marker);
  g_free (block->dest);
  if (block->table != NULL)
    {
      free_row (block->table->header);
      g_ptr_array_unref (block->table->rows);
      briefing_page_text_free (block->table->caption);
      g_free (block->table->fractions);
      g_free (block->table);
    }
  if (block->destroy != NULL)
    block->destroy (block->data);
  g_free (block);
}

BriefingPageBlock *
briefing_page_layout_add_text (BriefingPageLayout *self,
                               BriefingPageText   *text)
{
  BriefingPageBlock *block = add_block (self, BRIEFING_PAGE_BLOCK_TEXT);

  block->text = text;
  switch (text->style)
    {
    case BRIEFING_PAGE_STYLE_BODY:
      block->space_after = 6;
      break;
    case BRIEFING_PAGE_STYLE_HEADING:
      block->space_before = 26;
      block->space_after = 10;
      break;
    case BRIEFING_PAGE_STYLE_SUBHEADING:
      block->space_before = 16;
      block->space_after = 6;
      break;
    case BRIEFING_PAGE_STYLE_LABEL:
      block->space_before = 10;
      block->space_after = 3;
      break;
    case BRIEFING_PAGE_STYLE_META:
      block->space_after = 4;
      break;
    case BRIEFING_PAGE_STYLE_TITLE:
    case BRIEFING_PAGE_STYLE_LEAD:
    case BRIEFING_PAGE_STYLE_CELL:
    case BRIEFING_PAGE_STYLE_CELL_HEADER:
    case BRIEFING_PAGE_STYLE_RUNNING:
    case BRIEFING_PAGE_N_STYLES:
    default:
      break;
    }
  return block;
}

BriefingPageBlock *
briefing_page_layout_add_paragraph (BriefingPageLayout *self,
                                    BriefingPageStyle   style,
                                    const char         *words)
{
  BriefingPageText *text = briefing_page_text_new (style);

  briefing_page_text_append (text, words);
  return briefing_page_layout_add_text (self, text);
}

BriefingPageBlock *
briefing_page_layout_add_heading (BriefingPageLayout *self,
                                  guint               level,
                                  const char         *title,
                                  const char         *dest)
{
  BriefingPageStyle style = level <= 1 ? BRIEFING_PAGE_STYLE_HEADING
                                       : BRIEFING_PAGE_STYLE_SUBHEADING;
  BriefingPageBlock *block = briefing_page_layout_add_paragraph (self, style, title);

  block->keep_with_next = TRUE;
  block->rule_below = level <= 1;
  block->outline_level = level;
  block->dest = dest != NULL ? g_strdup (dest)
                             : g_strdup_printf ("heading-%u", self->blocks->len);
  return block;
}

BriefingPageTable *
briefing_page_layout_add_table (BriefingPageLayout *self,
                                guint               n_columns,
                                const double       *fractions)
{
  BriefingPageBlock *block = add_block (self, BRIEFING_PAGE_BLOCK_TABLE);
  BriefingPageTable *table = g_new0 (BriefingPageTable, 1);

  g_return_val_if_fail (n_columns > 0, NULL);

  table->n_columns = n_columns;
  table->fractions = g_memdup2 (fractions, n_columns * sizeof (double));
  table->rows = g_ptr_array_new_with_free_func (free_row);
  block->table = table;
  block->space_before = 4;
  block->space_after = 10;
  return table;
}

/* The first row added is the header. */
BriefingPageRow *
briefing_page_table_add_row (BriefingPageTable *table)
{
  BriefingPageRow *row = g_new0 (BriefingPageRow, 1);

  row->n_cells = table->n_columns;
  row->cells = g_new0 (BriefingPageCell, table->n_columns);
  if (table->header == NULL)
    table->header = row;
  else
    g_ptr_array_add (table->rows, row);
  return row;
}

BriefingPageBlock *
briefing_page_layout_add_graphic (BriefingPageLayout   *self,
                                  double                height,
                                  BriefingPageDrawFunc  draw,
                                  gpointer              data,
                                  GDestroyNotify        destroy)
{
  BriefingPageBlock *block = add_block (self, BRIEFING_PAGE_BLOCK_GRAPHIC);

  block->height = height;
  block->draw = draw;
  block->data = data;
  block->destroy = destroy;
  block->space_before = 6;
  block->space_after = 6;
  return block;
}

void
briefing_page_layout_begin_frame (BriefingPageLayout *self)
{
  BriefingPageBlock *block = add_block (self, BRIEFING_PAGE_BLOCK_FRAME_START);

  block->space_before = 6;
  self->inset += BRIEFING_PAGE_FRAME_PAD + 1;
}

void
briefing_page_layout_end_frame (BriefingPageLayout *self)
{
  BriefingPageBlock *block;

  self->inset -= BRIEFING_PAGE_FRAME_PAD + 1;
  block = add_block (self, BRIEFING_PAGE_BLOCK_FRAME_END);
  block->space_after = 10;
}

void
briefing_page_layout_add_page_break (BriefingPageLayout *self)
{
  add_block (self, BRIEFING_PAGE_BLOCK_PAGE_BREAK);
}

double
briefing_page_layout_get_inner_width (BriefingPageLayout *self)
{
  return self->column_width - 2 * self->inset;
}

char *
briefing_page_layout_dup_source_dest (BriefingPageLayout *self,
                                      guint               number)
{
  BriefingComposition *composition = self->composition;

  if ((composition->sections & BRIEFING_SECTION_SOURCES) == 0 || composition->sources == NULL ||
      number == 0 || number > composition->sources->len)
    return NULL;

  return g_strdup_printf ("source-%u", number);
}

PangoLayout *
briefing_page_layout_get_scratch (BriefingPageLayout *self,
                                  BriefingPageStyle   style,
                                  const char         *words)
{
  pango_layout_set_font_description (self->scratch, self->fonts[style]);
  pango_layout_set_attributes (self->scratch, NULL);
  pango_layout_set_width (self->scratch, -1);
  pango_layout_set_ellipsize (self->scratch, PANGO_ELLIPSIZE_NONE);
  pango_layout_set_alignment (self->scratch, PANGO_ALIGN_LEFT);
  pango_layout_set_text (self->scratch, words, -1);
  return self->scratch;
}

PangoLayout *
briefing_page_text_dup_layout (BriefingPageLayout *self,
                               BriefingPageText   *text)
{
  if (text->layout != NULL)
    return g_object_ref (text->layout);
  return g_object_ref (remake_layout (self, text));
}

/* Public API */

static PangoFontDescription *
style_font (const Style *style)
{
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family_static (font, style->family);
  pango_font_description_set_weight (font, style->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_stretch (font, style->condensed ? PANGO_STRETCH_CONDENSED
                                                             : PANGO_STRETCH_NORMAL);
  /* Absolute: the layout's units are points whatever the context's resolution. */
  pango_font_description_set_absolute_size (font, style->size * PANGO_SCALE);
  return font;
}

/* Text for paper: outlines unhinted and glyphs at fractional positions, so that lines break the
 * same way on every surface and letters are evenly spaced at any zoom. */
static void
prepare_context (PangoContext *context,
                 gboolean      rtl)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Paragraphs take their own direction from their words; the briefing's language decides on which
   * side they line up (see briefing_page_layout_draw_page() for right to left). */
  pango_context_set_base_dir (context, rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);

  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);
}

BriefingPageLayout *
briefing_page_layout_new (BriefingComposition *composition,
                          PangoContext        *context,
                          double               width,
                          double               height)
{
  return briefing_page_layout_new_full (composition, context, NULL, width, height);
}

BriefingPageLayout *
briefing_page_layout_new_full (BriefingComposition *composition,
                               PangoContext        *context,
                               PangoContext        *helper,
                               double               width,
                               double               height)
{
  BriefingPageLayout *self;

  g_return_val_if_fail (composition != NULL, NULL);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (helper == NULL || PANGO_IS_CONTEXT (helper), NULL);
  g_return_val_if_fail (helper == NULL ||
                        pango_context_get_font_map (helper) != pango_context_get_font_map (context),
                        NULL);
  g_return_val_if_fail (width > 4 * BRIEFING_PAGE_MARGIN_SIDE, NULL);
  g_return_val_if_fail (height > 2 * (BRIEFING_PAGE_MARGIN_TOP + BRIEFING_PAGE_MARGIN_BOTTOM),
                        NULL);

  /* In the briefing's language, whoever calls (the PDF writer, printing, a test). */
  briefing_composition_push_language (composition);

  self = g_new0 (BriefingPageLayout, 1);
  self->composition = briefing_composition_ref (composition);
  self->context = g_object_ref (context);
  self->rtl = briefing_page_is_right_to_left ();
  prepare_context (context, self->rtl);
  if (helper != NULL)
    {
      self->helper = g_object_ref (helper);
      prepare_context (helper, self->rtl);
    }
  self->width = width;
  self->height = height;
  self->column_width = width - 2 * BRIEFING_PAGE_MARGIN_SIDE;
  self->blocks = g_ptr_array_new_with_free_func (free_block);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->scratch = pango_layout_new (context);
  g_queue_init (&self->remade);
  self->shared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  for (guint i = 0; i < BRIEFING_PAGE_N_STYLES; i++)
    self->fonts[i] = style_font (&styles[i]);

  briefing_page_layout_build (self);
  briefing_page_layout_measure (self);
  briefing_page_layout_paginate (self);

  briefing_translation_pop ();
  return self;
}

void
briefing_page_layout_free (BriefingPageLayout *self)
{
  if (self == NULL)
    return;

  g_queue_clear (&self->remade);
  g_clear_pointer (&self->shared, g_hash_table_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_object (&self->scratch);
  g_clear_object (&self->running_title);
  g_clear_object (&self->running_date);
  for (guint i = 0; i < BRIEFING_PAGE_N_STYLES; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_object (&self->helper);
  g_clear_object (&self->context);
  g_clear_pointer (&self->composition, briefing_composition_unref);
  g_free (self);
}

guint
briefing_page_layout_get_n_pages (BriefingPageLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pages->len;
}

void
briefing_page_layout_render_page (BriefingPageLayout *self,
                                  cairo_t            *cr,
                                  guint               page)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->pages->len);

  briefing_page_layout_draw_page (self, cr, page);
}
