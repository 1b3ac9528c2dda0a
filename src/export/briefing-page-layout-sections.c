/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The sections of a briefing as blocks, in the composition's order: the cover, the bottom line in
 * a frame, the timeline (briefing-page-layout-timeline.c), positions with the convergence table,
 * open questions, annotations and the numbered sources that every reference links to. */
#define G_LOG_DOMAIN "briefing-page-layout"

#include "config.h"

#include "briefing-labels.h"
#include "briefing-page-labels.h"
#include "briefing-page-layout-private.h"

#define BULLET_WIDTH     13.0
#define SOURCE_NUMBER_WIDTH 30.0
#define ANNOTATION_INDENT 14.0

/* The sections after the cover, in their order, with the destination their headings carry. */
static const struct
{
  BriefingSections  section;
  const char       *dest;
} sections[] = {
  { BRIEFING_SECTION_BOTTOM_LINE, "section-bottom-line" },
  { BRIEFING_SECTION_TIMELINE, "section-timeline" },
  { BRIEFING_SECTION_POSITIONS, "section-positions" },
  { BRIEFING_SECTION_QUESTIONS, "section-questions" },
  { BRIEFING_SECTION_ANNOTATIONS, "section-annotations" },
  { BRIEFING_SECTION_SOURCES, "section-sources" },
};

/* Highlight colours as they print: the app's hues, a touch deeper so that they show on paper. */
static const struct
{
  const char *name;
  const char *hex;
} annotation_colors[] = {
  { "yellow", "#f5c211" }, { "red", "#e01b24" },    { "green", "#2ec27e" },
  { "blue", "#3584e4" },   { "purple", "#9141ac" }, { "orange", "#ff7800" },
};

static const char *
annotation_color_hex (const char *color)
{
  for (guint i = 0; color != NULL && i < G_N_ELEMENTS (annotation_colors); i++)
    if (g_str_equal (annotation_colors[i].name, color))
      return annotation_colors[i].hex;
  return NULL;
}

static void
set_marker (BriefingPageBlock *block,
            const char        *color)
{
  if (color == NULL)
    return;

  block->marker = g_strdup (color);
  block->indent += BRIEFING_PAGE_MARKER_WIDTH + BRIEFING_PAGE_MARKER_GAP;
}

/* The one short line of a section, or of a party, with nothing to show. */
static void
add_empty_line (BriefingPageLayout *self,
                const char         *words)
{
  BriefingPageBlock *block = briefing_page_layout_add_paragraph (self, BRIEFING_PAGE_STYLE_BODY,
                                                                 NULL);

  briefing_page_text_append_span (block->text, words,
                                  BRIEFING_PAGE_SPAN_ITALIC | BRIEFING_PAGE_SPAN_SECONDARY);
}

/* A statement with its references, after a bullet that hangs in the margin. */
static BriefingPageBlock *
add_bullet (BriefingPageLayout *self,
            BriefingStatement  *statement)
{
  BriefingPageText *text = briefing_page_text_new (BRIEFING_PAGE_STYLE_BODY);
  BriefingPageBlock *block;

  briefing_page_text_append (text, statement->text);
  briefing_page_text_append_refs (text, self, statement->sources);
  block = briefing_page_layout_add_text (self, text);
  block->label = briefing_page_text_new (BRIEFING_PAGE_STYLE_BODY);
  briefing_page_text_append (block->label, "•");
  block->label_width = BULLET_WIDTH;
  block->label_mirrors = TRUE;
  block->indent += BULLET_WIDTH;
  block->space_after = 4;
  return block;
}

static BriefingPageBlock *
add_spacer (BriefingPageLayout *self,
            double              height)
{
  BriefingPageBlock *block = briefing_page_layout_add_graphic (self, height, NULL, NULL, NULL);

  block->space_before = 0;
  block->space_after = 0;
  return block;
}

static void
draw_rule (BriefingPageLayout *self,
           cairo_t            *cr,
           double              x,
           double              y,
           double              width,
           gpointer            data)
{
  cairo_move_to (cr, x, y + 6);
  cairo_line_to (cr, x + width, y + 6);
  briefing_page_set_ink (cr, BRIEFING_PAGE_INK_RULE);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);
}

/* Cover */

static void
add_cover_party (BriefingPageLayout *self,
                 BriefingParty      *party)
{
  BriefingPageText *text = briefing_page_text_new (BRIEFING_PAGE_STYLE_BODY);
  BriefingPageBlock *block;

  briefing_page_text_append (text, briefing_party_get_name (party));
  briefing_page_text_append (text, "  ");
  briefing_page_text_append_span (text, briefing_party_role_label (briefing_party_get_role (party)),
                                  BRIEFING_PAGE_SPAN_SANS | BRIEFING_PAGE_SPAN_SECONDARY);
  block = briefing_page_layout_add_text (self, text);
  block->space_after = 3;
  block->indent = BRIEFING_PAGE_MARKER_WIDTH + BRIEFING_PAGE_MARKER_GAP;
  if (briefing_party_get_color (party) != NULL)
    block->marker = g_strdup (briefing_party_get_color (party));
}

static BriefingPageBlock *
add_cover_label (BriefingPageLayout *self,
                 BriefingPageLabel   label)
{
  BriefingPageBlock *block = briefing_page_layout_add_paragraph (self, BRIEFING_PAGE_STYLE_LABEL,
                                                                 briefing_page_label (label));

  block->space_before = 24;
  block->space_after = 6;
  block->keep_with_next = TRUE;
  return block;
}

/* Everything on the cover but its contents, which are added when the sections exist. */
static void
add_cover (BriefingPageLayout *self)
{
  BriefingComposition *composition = self->composition;
  g_autofree char *kicker = g_utf8_strup (briefing_page_label (BRIEFING_PAGE_LABEL_KICKER), -1);
  g_autofree char *date = briefing_date_format (&composition->date);
  BriefingPageText *text;
  BriefingPageBlock *block;

  add_spacer (self, 84);

  text = briefing_page_text_new (BRIEFING_PAGE_STYLE_LABEL);
  briefing_page_text_append_span (text, kicker,
                                  BRIEFING_PAGE_SPAN_TRACKED | BRIEFING_PAGE_SPAN_SECONDARY);
  block = briefing_page_layout_add_text (self, text);
  block->space_after = 10;

  block = briefing_page_layout_add_paragraph (self, BRIEFING_PAGE_STYLE_TITLE, composition->title);
  block->space_after = 12;

  if (composition->subject != NULL && *composition->subject != '\0')
    {
      block = briefing_page_layout_add_paragraph (self, BRIEFING_PAGE_STYLE_LEAD,
                                                  composition->subject);
      block->space_after = 8;
    }

  briefing_page_layout_add_graphic (self, 12, draw_rule, NULL, NULL)->space_after = 8;

  if (date != NULL && *date != '\0')
    {
      g_autofree char *words = briefing_page_format_briefing_of (date);

      block = briefing_page_layout_add_paragraph (self, BRIEFING_PAGE_STYLE_SUBHEADING, words);
      block->space_after = 6;
    }

  if (briefing_date_is_set (&composition->period_start))
    {
      g_autofree char *range = briefing_date_format_range (&composition->period_start,
                                                           &composition->period_end);
      g_autofree char *words = briefing_page_format_period (range);

      briefing_page_layout_add_paragraph (self, BRIEFING_PAGE_STYLE_META, words);
    }

  if (composition->prepared_by != NULL && *composition->prepared_by != '\0')
    {
      g_autofree char *words = briefing_page_format_prepared_by (composition->prepared_by);

      briefing_page_layout_add_paragraph (self, BRIEFING_PAGE_STYLE_META, words);
    }

  if (composition->parties != NULL && composition->parties->len > 0)
    {
      add_cover_label (self, BRIEFING_PAGE_LABEL_PARTIES);
      for (guint i = 0; i < composition->parties->len; i++)
        add_cover_party (self, g_ptr_array_index (composition->parties, i));
    }
}

static void
add_contents (BriefingPageLayout *self,
              guint               at,
              GPtrArray          *headings)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  guint n_blocks;

  if (headings->len == 0)
    return;

  /* Made at the end of the block list, then moved to the cover. */
  n_blocks = self->blocks->len;
  add_cover_label (self, BRIEFING_PAGE_LABEL_CONTENTS);
  for (guint i = 0; i < headings->len; i++)
    {
      BriefingPageBlock *heading = g_ptr_array_index (headings, i);
      BriefingPageBlock *entry = briefing_page_layout_add_paragraph (self, BRIEFING_PAGE_STYLE_BODY,
                                                                     heading->text->text->str);

      /* The page number goes at the end of the line, beyond the title. */
      entry->contents_of = heading;
      entry->end_indent = 40;
      entry->space_after = 3;
    }

  while (self->blocks->len > n_blocks)
    g_ptr_array_add (entries, g_ptr_array_steal_index (self->blocks, n_blocks));
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_insert (self->blocks, at + i, g_ptr_array_index (entries, i));
}

/* Bottom line */

static void
add_bottom_line (BriefingPageLayout *self)
{
  BriefingComposition *composition = self->composition;

  briefing_page_layout_begin_frame (self);

  if (composition->latest_round != NULL)
    {
      BriefingEvent *round = composition->latest_round;
      BriefingDate start = briefing_event_get_display_start (round);
      g_autofree char *date = briefing_date_format_range (&start, briefing_event_get_end (round));
      BriefingPageText *text = briefing_page_text_new (BRIEFING_PAGE_STYLE_LABEL);

      briefing_page_text_append (text, briefing_event_get_title (round));
      briefing_page_text_append_span (text, " · ", BRIEFING_PAGE_SPAN_SECONDARY);
      briefing_page_text_append_span (text, date, BRIEFING_PAGE_SPAN_SECONDARY);
      briefing_page_layout_add_text (self, text)->space_after = 6;
    }

  for (guint i = 0; composition->bottom_line != NULL && i < composition->bottom_line->len; i++)
    add_bullet (self, g_ptr_array_index (composition->bottom_line, i));

  if (composition->summary != NULL && *composition->summary != '\0')
    {
      g_auto(GStrv) paragraphs = g_strsplit (composition->summary, "\n\n", -1);
      BriefingPageBlock *block;

      const char *label = briefing_page_label (BRIEFING_PAGE_LABEL_SUMMARY);

      block = briefing_page_layout_add_paragraph (self, BRIEFING_PAGE_STYLE_LABEL, label);
      block->keep_with_next = TRUE;
      for (guint i = 0; paragraphs[i] != NULL; i++)
        {
          g_strstrip (paragraphs[i]);
          if (*paragraphs[i] != '\0')
            briefing_page_layout_add_paragraph (self, BRIEFING_PAGE_STYLE_BODY, paragraphs[i]);
        }
    }

  briefing_page_layout_end_frame (self);
}

/* Positions */

static BriefingPageText *
cell_text (const char       *words,
           BriefingPageSpan  span)
{
  BriefingPageText *text = briefing_page_text_new (BRIEFING_PAGE_STYLE_CELL);

  briefing_page_text_append_span (text, words, span);
  return text;
}

static BriefingPageText *
header_text (BriefingPageLabel label)
{
  BriefingPageText *text = briefing_page_text_new (BRIEFING_PAGE_STYLE_CELL_HEADER);

  briefing_page_text_append (text, briefing_page_label (label));
  return text;
}

static BriefingPageText *
demand_cell (BriefingPageLayout     *self,
             BriefingComposedDemand *demand)
{
  BriefingPageText *text = briefing_page_text_new (BRIEFING_PAGE_STYLE_CELL);
  const char *words = demand->statement != NULL ? demand->statement->text
                                                : briefing_demand_get_text (demand->demand);

  briefing_page_text_append_span (text, words,
                                  demand->change == BRIEFING_CHANGE_DROPPED
                                    ? BRIEFING_PAGE_SPAN_SECONDARY : BRIEFING_PAGE_SPAN_PLAIN);
  if (demand->statement != NULL)
    briefing_page_text_append_refs (text, self, demand->statement->sources);
  if (demand->disputed != NULL)
    {
      g_autofree char *disputed = briefing_page_format_disputed (demand->disputed);

      briefing_page_text_append (text, "\n");
      briefing_page_text_append_span (text, disputed,
                                      BRIEFING_PAGE_SPAN_ITALIC | BRIEFING_PAGE_SPAN_SECONDARY);
    }
  return text;
}

static BriefingPageText *
responses_cell (BriefingPageLayout     *self,
                BriefingComposedDemand *demand)
{
  BriefingPageText *text = briefing_page_text_new (BRIEFING_PAGE_STYLE_CELL);

  if (demand->responses == NULL || demand->responses->len == 0)
    {
      briefing_page_text_append_span (text, briefing_page_label (BRIEFING_PAGE_LABEL_NO_RESPONSE),
                                      BRIEFING_PAGE_SPAN_SECONDARY);
      return text;
    }

  for (guint i = 0; i < demand->responses->len; i++)
    {
      BriefingComposedResponse *response = g_ptr_array_index (demand->responses, i);
      const char *party = briefing_party_get_name (response->party);
      g_autofree char *words = briefing_page_format_response (party, response->stance);

      if (i > 0)
        briefing_page_text_append (text, "\n");
      briefing_page_text_append (text, words);
      if (response->changed)
        {
          briefing_page_text_append (text, " ");
          briefing_page_text_append_span (text,
                                          briefing_page_label (BRIEFING_PAGE_LABEL_NEW_RESPONSE),
                                          BRIEFING_PAGE_SPAN_BOLD);
        }
      if (response->statement != NULL)
        briefing_page_text_append_refs (text, self, response->statement->sources);
      if (response->note != NULL && *response->note != '\0')
        {
          briefing_page_text_append (text, " — ");
          briefing_page_text_append_span (text, response->note, BRIEFING_PAGE_SPAN_SECONDARY);
        }
    }
  return text;
}

/* The width of the longest word of @words in @style: what a column needs not to break a word. */
static double
widest_word (BriefingPageLayout *self,
             BriefingPageStyle   style,
             const char         *words)
{
  g_auto(GStrv) split = g_strsplit (words, " ", -1);
  double widest = 0;

  for (guint i = 0; split[i] != NULL; i++)
    {
      PangoLayout *layout = briefing_page_layout_get_scratch (self, style, split[i]);
      int width;

      pango_layout_get_size (layout, &width, NULL);
      widest = MAX (widest, pango_units_to_double (width));
    }
  return widest;
}

/* Demand, category, change, responses; the change column wide enough for the longest word of
 * the briefing's language ("Bekräftigt", "відповіддю"), taken from the demand and the responses. */
static void
position_fractions (BriefingPageLayout *self,
                    double              fractions[4])
{
  static const BriefingChange changes[] = {
    BRIEFING_CHANGE_NEW, BRIEFING_CHANGE_REITERATED, BRIEFING_CHANGE_ANSWERED, BRIEFING_CHANGE_DROPPED,
  };
  double needed = widest_word (self, BRIEFING_PAGE_STYLE_CELL_HEADER,
                               briefing_page_label (BRIEFING_PAGE_LABEL_CHANGE));
  double extra;

  fractions[0] = 0.35;
  fractions[1] = 0.17;
  fractions[2] = 0.12;
  fractions[3] = 0.36;
  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    needed = MAX (needed, widest_word (self, BRIEFING_PAGE_STYLE_CELL_HEADER, briefing_change_label (changes[i])));
  needed = (needed * 1.1 + 2 * BRIEFING_PAGE_CELL_PAD_X + 2) / briefing_page_layout_get_inner_width (self);
  extra = MIN (needed - fractions[2], 0.08);
  if (extra > 0)
    {
      fractions[2] += extra;
      fractions[0] -= extra / 2;
      fractions[3] -= extra / 2;
    }
}

static void
add_party_positions (BriefingPageLayout    *self,
                     BriefingComposedParty *composed)
{
  double fractions[4];
  g_autofree char *continued = NULL;
  BriefingPageBlock *heading;
  BriefingPageTable *table;
  BriefingPageRow *row;

  heading = briefing_page_layout_add_heading (self, 2, briefing_party_get_name (composed->party),
                                              NULL);
  set_marker (heading, briefing_party_get_color (composed->party));

  if (composed->demands == NULL || composed->demands->len == 0)
    {
      add_empty_line (self, briefing_page_label (BRIEFING_PAGE_LABEL_NO_DEMANDS));
      return;
    }

  position_fractions (self, fractions);
  table = briefing_page_layout_add_table (self, G_N_ELEMENTS (fractions), fractions);
  continued = briefing_page_format_continued (briefing_party_get_name (composed->party));
  table->caption = briefing_page_text_new (BRIEFING_PAGE_STYLE_LABEL);
  briefing_page_text_append (table->caption, continued);
  row = briefing_page_table_add_row (table);
  row->cells[0].text = header_text (BRIEFING_PAGE_LABEL_DEMAND);
  row->cells[1].text = header_text (BRIEFING_PAGE_LABEL_CATEGORY);
  row->cells[2].text = header_text (BRIEFING_PAGE_LABEL_CHANGE);
  row->cells[3].text = header_text (BRIEFING_PAGE_LABEL_RESPONSES);

  for (guint i = 0; i < composed->demands->len; i++)
    {
      BriefingComposedDemand *demand = g_ptr_array_index (composed->demands, i);
      const char *category = briefing_demand_get_category (demand->demand);
      g_autofree char *category_label = briefing_category_label (category != NULL ? category : "");

      row = briefing_page_table_add_row (table);
      row->cells[0].text = demand_cell (self, demand);
      row->cells[1].text = cell_text (category_label, BRIEFING_PAGE_SPAN_PLAIN);
      if (demand->change != BRIEFING_CHANGE_NONE)
        row->cells[2].text = cell_text (briefing_change_label (demand->change),
                                        BRIEFING_PAGE_SPAN_BOLD);
      else
        row->cells[2].text = cell_text (briefing_page_label (BRIEFING_PAGE_LABEL_NONE),
                                        BRIEFING_PAGE_SPAN_SECONDARY);
      row->cells[3].text = responses_cell (self, demand);
    }
}

static void
add_convergence (BriefingPageLayout *self)
{
  BriefingComposition *composition = self->composition;
  BriefingConvergence *convergence = composition->convergence;
  GPtrArray *parties = composition->convergence_parties;
  char **issues = composition->convergence_issues;
  g_autofree double *fractions = NULL;
  g_autofree char *continued = NULL;
  const char *title;
  BriefingPageTable *table;
  BriefingPageRow *row;
  guint n_columns;

  if (convergence == NULL || issues == NULL || issues[0] == NULL || parties == NULL ||
      parties->len == 0)
    return;

  title = briefing_page_label (BRIEFING_PAGE_LABEL_CONVERGENCE);
  briefing_page_layout_add_heading (self, 2, title, "convergence");
  briefing_page_layout_add_paragraph (self, BRIEFING_PAGE_STYLE_META,
                                      briefing_page_label (BRIEFING_PAGE_LABEL_CONVERGENCE_KEY));

  n_columns = parties->len + 1;
  fractions = g_new (double, n_columns);
  fractions[0] = parties->len > 4 ? 0.22 : 0.28;
  for (guint i = 1; i < n_columns; i++)
    fractions[i] = (1 - fractions[0]) / parties->len;

  table = briefing_page_layout_add_table (self, n_columns, fractions);
  title = briefing_page_label (BRIEFING_PAGE_LABEL_CONVERGENCE);
  continued = briefing_page_format_continued (title);
  table->caption = briefing_page_text_new (BRIEFING_PAGE_STYLE_LABEL);
  briefing_page_text_append (table->caption, continued);
  row = briefing_page_table_add_row (table);
  row->cells[0].text = header_text (BRIEFING_PAGE_LABEL_ISSUE);
  for (guint i = 0; i < parties->len; i++)
    {
      BriefingParty *party = g_ptr_array_index (parties, i);

      row->cells[i + 1].text = briefing_page_text_new (BRIEFING_PAGE_STYLE_CELL_HEADER);
      briefing_page_text_append (row->cells[i + 1].text, briefing_party_get_name (party));
      row->cells[i + 1].marker = g_strdup (briefing_party_get_color (party));
    }

  for (guint c = 0; issues[c] != NULL; c++)
    {
      g_autofree char *issue = briefing_category_label (issues[c]);
      gboolean agreed = briefing_convergence_is_agreed (convergence, issues[c]);

      row = briefing_page_table_add_row (table);
      row->shaded = agreed;
      row->cells[0].text = cell_text (issue, BRIEFING_PAGE_SPAN_BOLD);
      if (agreed)
        {
          briefing_page_text_append (row->cells[0].text, "\n");
          briefing_page_text_append (row->cells[0].text,
                                     briefing_page_label (BRIEFING_PAGE_LABEL_AGREED));
        }

      for (guint i = 0; i < parties->len; i++)
        {
          const char *party_id = briefing_party_get_id (g_ptr_array_index (parties, i));
          BriefingStanding standing;

          standing = briefing_convergence_get_standing (convergence, issues[c], party_id);

          row->cells[i + 1].text = cell_text (briefing_standing_label (standing),
                                              standing == BRIEFING_STANDING_NONE
                                                ? BRIEFING_PAGE_SPAN_SECONDARY
                                                : BRIEFING_PAGE_SPAN_PLAIN);
        }
    }
}

static void
add_positions (BriefingPageLayout *self)
{
  BriefingComposition *composition = self->composition;

  if (composition->positions_at != NULL)
    {
      BriefingDate start = briefing_event_get_display_start (composition->positions_at);
      g_autofree char *date = briefing_date_format (&start);
      g_autofree char *words = briefing_page_format_as_of (
        briefing_event_get_title (composition->positions_at), date);

      briefing_page_layout_add_paragraph (self, BRIEFING_PAGE_STYLE_META, words);
    }

  for (guint i = 0; i < composition->positions->len; i++)
    add_party_positions (self, g_ptr_array_index (composition->positions, i));

  add_convergence (self);
}

/* Open questions */

static void
add_questions (BriefingPageLayout *self)
{
  static const double fractions[] = { 0.58, 0.21, 0.21 };
  GPtrArray *questions = self->composition->questions;
  BriefingPageTable *table;
  BriefingPageRow *row;

  table = briefing_page_layout_add_table (self, G_N_ELEMENTS (fractions), fractions);
  row = briefing_page_table_add_row (table);
  row->cells[0].text = header_text (BRIEFING_PAGE_LABEL_QUESTION);
  row->cells[1].text = header_text (BRIEFING_PAGE_LABEL_OWNER);
  row->cells[2].text = header_text (BRIEFING_PAGE_LABEL_DEADLINE);

  for (guint i = 0; i < questions->len; i++)
    {
      BriefingComposedQuestion *question = g_ptr_array_index (questions, i);
      const BriefingDate *deadline = briefing_annotation_get_deadline (question->annotation);
      const char *none = briefing_page_label (BRIEFING_PAGE_LABEL_NONE);

      row = briefing_page_table_add_row (table);
      row->cells[0].text = cell_text (question->text, BRIEFING_PAGE_SPAN_PLAIN);
      if (question->about != NULL && *question->about != '\0')
        {
          g_autofree char *about = briefing_page_format_about (question->about);

          briefing_page_text_append (row->cells[0].text, "\n");
          briefing_page_text_append_span (row->cells[0].text, about, BRIEFING_PAGE_SPAN_SECONDARY);
        }

      if (question->owner != NULL && *question->owner != '\0')
        row->cells[1].text = cell_text (question->owner, BRIEFING_PAGE_SPAN_PLAIN);
      else
        row->cells[1].text = cell_text (none, BRIEFING_PAGE_SPAN_SECONDARY);

      if (deadline != NULL && briefing_date_is_set (deadline))
        {
          g_autofree char *date = briefing_date_format (deadline);

          row->cells[2].text = cell_text (date, BRIEFING_PAGE_SPAN_PLAIN);
        }
      else
        row->cells[2].text = cell_text (none, BRIEFING_PAGE_SPAN_SECONDARY);

      if (question->overdue)
        {
          briefing_page_text_append (row->cells[2].text, "\n");
          briefing_page_text_append_span (row->cells[2].text,
                                          briefing_page_label (BRIEFING_PAGE_LABEL_OVERDUE),
                                          BRIEFING_PAGE_SPAN_BOLD);
        }
    }
}

/* Annotations */

static void
add_annotation (BriefingPageLayout         *self,
                BriefingComposedAnnotation *item)
{
  const char *note = briefing_annotation_get_note (item->annotation);
  BriefingPageBlock *block = NULL;

  if (item->quote != NULL && *item->quote != '\0')
    {
      BriefingPageText *text = briefing_page_text_new (BRIEFING_PAGE_STYLE_BODY);

      briefing_page_text_append_span (text, "“", BRIEFING_PAGE_SPAN_ITALIC);
      briefing_page_text_append_span (text, item->quote, BRIEFING_PAGE_SPAN_ITALIC);
      briefing_page_text_append_span (text, "”", BRIEFING_PAGE_SPAN_ITALIC);
      block = briefing_page_layout_add_text (self, text);
      block->indent += ANNOTATION_INDENT;
      block->space_after = 3;
    }

  if (note != NULL && *note != '\0')
    {
      block = briefing_page_layout_add_paragraph (self, BRIEFING_PAGE_STYLE_BODY, note);
      block->indent += ANNOTATION_INDENT;
      block->space_after = 3;
    }

  if (item->about != NULL && *item->about != '\0')
    {
      g_autofree char *about = briefing_page_format_attribution (item->about);
      BriefingPageText *text = briefing_page_text_new (BRIEFING_PAGE_STYLE_META);

      briefing_page_text_append (text, about);
      if (item->source > 0)
        {
          g_autoptr(GArray) sources = g_array_new (FALSE, FALSE, sizeof (guint));

          g_array_append_val (sources, item->source);
          briefing_page_text_append_refs (text, self, sources);
        }
      block = briefing_page_layout_add_text (self, text);
      block->indent += ANNOTATION_INDENT;
    }

  if (block != NULL)
    block->space_after = 10;
}

static void
add_annotations (BriefingPageLayout *self)
{
  GPtrArray *groups = self->composition->annotations;

  for (guint g = 0; g < groups->len; g++)
    {
      BriefingAnnotationGroup *group = g_ptr_array_index (groups, g);
      BriefingPageBlock *heading;

      if (group->items == NULL || group->items->len == 0)
        continue;

      heading = briefing_page_layout_add_heading (self, 2, group->label, NULL);
      set_marker (heading, annotation_color_hex (group->color));
      for (guint i = 0; i < group->items->len; i++)
        add_annotation (self, g_ptr_array_index (group->items, i));
    }
}

/* Sources */

static void
add_source (BriefingPageLayout *self,
            BriefingSource     *source)
{
  BriefingArticle *article = source->article;
  const char *publisher = briefing_article_get_publisher (article);
  const BriefingDate *published = briefing_article_get_published (article);
  const char *grade = briefing_source_grade_label (briefing_article_get_source_grade (article));
  const char *url = briefing_article_get_url (article);
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func (g_free);
  BriefingPageBlock *block;
  BriefingPageText *text;
  char number[24];

  block = briefing_page_layout_add_paragraph (self, BRIEFING_PAGE_STYLE_BODY,
                                              briefing_article_get_headline (article));
  block->dest = g_strdup_printf ("source-%u", source->number);
  block->indent += SOURCE_NUMBER_WIDTH;
  block->space_after = 1;
  block->keep_with_next = TRUE;
  g_snprintf (number, sizeof number, "[%u]", source->number);
  block->label = briefing_page_text_new (BRIEFING_PAGE_STYLE_LABEL);
  briefing_page_text_append (block->label, number);
  block->label_width = SOURCE_NUMBER_WIDTH;

  if (publisher != NULL && *publisher != '\0')
    g_ptr_array_add (facts, g_strdup (publisher));
  if (published != NULL && briefing_date_is_set (published))
    g_ptr_array_add (facts, briefing_date_format (published));
  if (grade != NULL)
    g_ptr_array_add (facts, briefing_page_format_grade (grade));

  text = briefing_page_text_new (BRIEFING_PAGE_STYLE_META);
  for (guint i = 0; i < facts->len; i++)
    {
      if (i > 0)
        briefing_page_text_append (text, " · ");
      briefing_page_text_append (text, g_ptr_array_index (facts, i));
    }
  if (url != NULL && *url != '\0')
    {
      if (facts->len > 0)
        briefing_page_text_append (text, "\n");
      briefing_page_text_append_link (text, url, url, TRUE);
    }

  if (briefing_page_text_is_empty (text))
    {
      briefing_page_text_free (text);
      block->keep_with_next = FALSE;
      block->space_after = 8;
      return;
    }

  block = briefing_page_layout_add_text (self, text);
  block->indent += SOURCE_NUMBER_WIDTH;
  block->space_after = 8;
}

static void
add_sources (BriefingPageLayout *self)
{
  GPtrArray *sources = self->composition->sources;

  for (guint i = 0; i < sources->len; i++)
    add_source (self, g_ptr_array_index (sources, i));
}

void
briefing_page_layout_build (BriefingPageLayout *self)
{
  BriefingComposition *composition = self->composition;
  g_autoptr(GPtrArray) headings = g_ptr_array_new ();
  guint contents_at = 0;

  if (composition->sections & BRIEFING_SECTION_COVER)
    {
      add_cover (self);
      contents_at = self->blocks->len;
      briefing_page_layout_add_page_break (self);
    }

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      BriefingSections section = sections[i].section;
      BriefingPageBlock *heading;

      if ((composition->sections & section) == 0)
        continue;

      heading = briefing_page_layout_add_heading (self, 1, briefing_section_get_title (section),
                                                  sections[i].dest);
      g_ptr_array_add (headings, heading);

      if (briefing_composition_section_is_empty (composition, section))
        {
          add_empty_line (self, briefing_section_get_empty_text (section));
          continue;
        }

      switch (section)
        {
        case BRIEFING_SECTION_BOTTOM_LINE:
          add_bottom_line (self);
          break;
        case BRIEFING_SECTION_TIMELINE:
          briefing_page_layout_add_timeline (self);
          break;
        case BRIEFING_SECTION_POSITIONS:
          add_positions (self);
          break;
        case BRIEFING_SECTION_QUESTIONS:
          add_questions (self);
          break;
        case BRIEFING_SECTION_ANNOTATIONS:
          add_annotations (self);
          break;
        case BRIEFING_SECTION_SOURCES:
          add_sources (self);
          break;
        case BRIEFING_SECTION_COVER:
        case BRIEFING_SECTION_ALL:
        default:
          g_assert_not_reached ();
        }
    }

  if (composition->sections & BRIEFING_SECTION_COVER)
    add_contents (self, contents_at, headings);
}
