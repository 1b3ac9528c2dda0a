/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "briefing-labels.h"
#include "briefing-reader-private.h"
#include "briefing-reader.h"

/* A comfortable measure for running text, in average characters. */
#define READING_WIDTH_CHARS 70
#define MIN_SIDE_MARGIN     24
#define MIN_ZOOM            0.5
#define MAX_ZOOM            3.0
#define ZOOM_STEP           1.1

struct _BriefingReader
{
  GtkWidget        parent_instance;

  /* Template widgets */
  GtkStack        *stack;
  GtkTextView     *text_view;
  GtkTextTagTable *tag_table;

  /* Owned */
  BriefingArticle *article;
  GListModel      *annotations;
  GtkTextBuffer   *buffer;         /* a new one for each article, on the shared tag table */
  char            *quote_text;

  /* Borrowed from the tag table and the buffer */
  GtkTextTag      *headline_tag;
  GtkTextTag      *byline_tag;
  GtkTextTag      *byline_end_tag;
  GtkTextTag      *body_tag;
  GtkTextTag      *gap_tag;
  GtkTextTag      *quote_tag;
  GtkTextMark     *quote_mark;

  gint64           quote_start;
  gint64           quote_end;
  int              body_start;     /* character offset of the article text in the buffer */
  double           placed_value;   /* where place_quote() left the view; NAN: place at next allocation */
  gboolean         follow_quote;   /* the quote keeps its place until the user scrolls */
  guint            place_tick;
  double           zoom;
  GdkRGBA          highlight;
  GdkRGBA          dim;
};

G_DEFINE_FINAL_TYPE (BriefingReader, briefing_reader, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ARTICLE,
  PROP_QUOTE_START,
  PROP_QUOTE_END,
  PROP_ZOOM,
  PROP_ANNOTATIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_tag_scales (BriefingReader *self)
{
  g_object_set (self->headline_tag, "scale", 1.75 * self->zoom, NULL);
  g_object_set (self->byline_tag, "scale", 0.95 * self->zoom, NULL);
  g_object_set (self->body_tag, "scale", 1.1 * self->zoom, NULL);
  /* The blank line between paragraphs is lower than a line of text. */
  g_object_set (self->gap_tag, "scale", 0.5 * self->zoom, NULL);
}

static GtkTextTag *
add_tag (BriefingReader *self,
         const char     *name,
         const char     *first_property,
         ...)
{
  GtkTextTag *tag = gtk_text_tag_new (name);
  va_list args;

  va_start (args, first_property);
  g_object_set_valist (G_OBJECT (tag), first_property, args);
  va_end (args);
  gtk_text_tag_table_add (self->tag_table, tag);
  g_object_unref (tag);

  return tag;
}

static void
create_tags (BriefingReader *self)
{
  self->headline_tag = add_tag (self, "headline",
                                "weight", PANGO_WEIGHT_BOLD,
                                "line-height", 1.2f,
                                "pixels-below-lines", 10,
                                NULL);
  self->byline_tag = add_tag (self, "byline",
                              "line-height", 1.3f,
                              "pixels-below-lines", 2,
                              NULL);
  self->byline_end_tag = add_tag (self, "byline-end", "pixels-below-lines", 28, NULL);
  self->body_tag = add_tag (self, "body", "line-height", 1.5f, NULL);
  self->gap_tag = add_tag (self, "paragraph-gap", NULL, NULL);
  /* A line under the quote as well as its background, so it does not depend on colour alone. */
  self->quote_tag = add_tag (self, "quote", "underline", PANGO_UNDERLINE_SINGLE, NULL);
  briefing_reader_highlights_init (self, self->tag_table);
  update_tag_scales (self);
}

/* Text tags take colours only from C: follow the theme's selection colour and text colour. */
static void
update_tag_colors (BriefingReader *self)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  GdkRGBA foreground, highlight, underline, dim;
  gboolean dark;

  gtk_style_context_get_color (context, &foreground);
  if (!gtk_style_context_lookup_color (context, "theme_selected_bg_color", &highlight))
    highlight = foreground;

  /* Light text means a dark theme, whose selection colour is darker: it needs more of it. */
  dark = 0.2126 * foreground.red + 0.7152 * foreground.green + 0.0722 * foreground.blue > 0.5;
  underline = highlight;
  highlight.alpha = dark ? 0.5f : 0.3f;
  dim = foreground;
  dim.alpha *= 0.7f;

  if (!gdk_rgba_equal (&highlight, &self->highlight))
    {
      self->highlight = highlight;
      g_object_set (self->quote_tag, "background-rgba", &highlight, "underline-rgba", &underline, NULL);
    }
  if (!gdk_rgba_equal (&dim, &self->dim))
    {
      self->dim = dim;
      g_object_set (self->byline_tag, "foreground-rgba", &dim, NULL);
    }
  briefing_reader_highlights_restyle (self, dark);
}

/* Side margins that keep lines near READING_WIDTH_CHARS wide, whatever the width of the view. */
static void
update_margins (BriefingReader *self,
                int             width)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self->text_view));
  PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
  double char_width = (double) pango_font_metrics_get_approximate_char_width (metrics) / PANGO_SCALE;
  /* The body is drawn 1.1 times the view's font (see update_tag_scales()). */
  int measure = (int) (READING_WIDTH_CHARS * char_width * 1.1 * self->zoom);
  int side = MAX (MIN_SIDE_MARGIN, (width - measure) / 2);

  pango_font_metrics_unref (metrics);

  if (gtk_text_view_get_left_margin (self->text_view) != side)
    gtk_text_view_set_left_margin (self->text_view, side);
  if (gtk_text_view_get_right_margin (self->text_view) != side)
    gtk_text_view_set_right_margin (self->text_view, side);
}

/* Who published the article, when and who wrote it: "Reuters · 2 June 2025 · By A, B". */
static char *
format_byline (BriefingArticle *article)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *publisher = briefing_article_get_publisher (article);
  const BriefingDate *published = briefing_article_get_published (article);
  const char * const *authors = briefing_article_get_authors (article);

  if (publisher != NULL)
    g_ptr_array_add (parts, g_strdup (publisher));
  if (published != NULL && briefing_date_is_set (published))
    g_ptr_array_add (parts, briefing_date_format (published));
  if (authors != NULL && authors[0] != NULL)
    {
      /* Translators: separates the names of an article's authors */
      g_autofree char *names = g_strjoinv (_(", "), (char **) authors);

      /* Translators: an article's authors, in its byline */
      g_ptr_array_add (parts, g_strdup_printf (_("By %s"), names));
    }
  g_ptr_array_add (parts, NULL);

  /* Translators: separates the parts of an article's byline */
  return g_strjoinv (C_("byline separator", " · "), (char **) parts->pdata);
}

/* The iter at byte @offset of the article text, which the buffer holds verbatim from body_start. */
static void
get_iter_at_byte (BriefingReader *self,
                  GtkTextIter    *iter,
                  gsize           offset)
{
  const char *text = briefing_article_get_text (self->article);
  glong chars = g_utf8_pointer_to_offset (text, text + offset);

  gtk_text_buffer_get_iter_at_offset (self->buffer, iter, self->body_start + (int) chars);
}

static gboolean
is_char_boundary (const char *text,
                  gsize       offset)
{
  return ((guchar) text[offset] & 0xC0) != 0x80;
}

static gboolean
quote_is_valid (BriefingReader *self)
{
  const char *text;
  gsize length;

  if (self->article == NULL || self->quote_start < 0 || self->quote_end < self->quote_start)
    return FALSE;

  text = briefing_article_get_text (self->article);
  length = briefing_article_get_text_length (self->article);
  return text != NULL && (gsize) self->quote_end <= length &&
         is_char_boundary (text, self->quote_start) && is_char_boundary (text, self->quote_end);
}

static void
update_quote (BriefingReader *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->quote_tag, &start, &end);
  g_clear_pointer (&self->quote_text, g_free);

  if (!quote_is_valid (self))
    return;

  get_iter_at_byte (self, &start, self->quote_start);
  get_iter_at_byte (self, &end, self->quote_end);
  gtk_text_buffer_apply_tag (self->buffer, self->quote_tag, &start, &end);
  gtk_text_buffer_move_mark (self->buffer, self->quote_mark, &start);
  self->quote_text = gtk_text_buffer_get_text (self->buffer, &start, &end, FALSE);

  /* The next allocation places it (place_quote()), and each one after until the user scrolls.
   * Not gtk_text_view_scroll_to_mark(): GTK runs it later, when it has laid the text out, and
   * its scroll would then look like the user's and stop the quote from being placed. */
  self->placed_value = NAN;
  self->follow_quote = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* Shows the quote near the upper third of the view, so the reader sees what leads up to it; a
 * quote that the top of the article already shows well keeps the headline in view instead. Runs
 * after each allocation until the user scrolls, so the place is right for the final size. */
static void
place_quote (BriefingReader *self)
{
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->text_view));
  double page = gtk_adjustment_get_page_size (vadjustment);
  GdkRectangle location;
  GtkTextIter iter;
  double value;

  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, self->quote_mark);
  gtk_text_view_get_iter_location (self->text_view, &iter, &location);

  if (location.y + location.height <= 0.7 * page)
    value = 0;
  else
    value = location.y - 0.3 * page;

  gtk_adjustment_set_value (vadjustment, value);
  self->placed_value = gtk_adjustment_get_value (vadjustment);
}

static gboolean
place_quote_tick (GtkWidget     *widget,
                  GdkFrameClock *frame_clock,
                  gpointer       user_data)
{
  BriefingReader *self = BRIEFING_READER (widget);
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->text_view));

  self->place_tick = 0;
  if (!self->follow_quote || !quote_is_valid (self))
    return G_SOURCE_REMOVE;

  /* The user scrolled since the quote was placed: leave the view where it is. */
  if (!isnan (self->placed_value) && ABS (gtk_adjustment_get_value (vadjustment) - self->placed_value) >= 1)
    self->follow_quote = FALSE;
  else
    place_quote (self);

  return G_SOURCE_REMOVE;
}

static void
fill_buffer (BriefingReader *self)
{
  BriefingArticle *article = self->article;
  const char *text = briefing_article_get_text (article);
  const char *language = briefing_article_get_language (article);
  guint n_paragraphs = briefing_article_get_n_paragraphs (article);
  const char *grade = briefing_source_grade_label (briefing_article_get_source_grade (article));
  g_autofree char *byline = format_byline (article);
  GtkTextIter iter;
  gsize byte = 0;
  int offset;

  gtk_text_buffer_get_start_iter (self->buffer, &iter);
  gtk_text_buffer_insert_with_tags (self->buffer, &iter, briefing_article_get_headline (article), -1,
                                    self->headline_tag, NULL);
  gtk_text_buffer_insert_with_tags (self->buffer, &iter, "\n", 1, self->headline_tag, NULL);
  if (byline[0] != '\0')
    {
      gtk_text_buffer_insert_with_tags (self->buffer, &iter, byline, -1, self->byline_tag, NULL);
      gtk_text_buffer_insert_with_tags (self->buffer, &iter, "\n", 1, self->byline_tag, NULL);
    }
  if (grade != NULL)
    {
      /* Translators: an article's source grade, under its byline,
       * e.g. "Source grade: B – usually reliable" */
      g_autofree char *grade_line = g_strdup_printf (_("Source grade: %s"), grade);

      gtk_text_buffer_insert_with_tags (self->buffer, &iter, grade_line, -1, self->byline_tag, NULL);
      gtk_text_buffer_insert_with_tags (self->buffer, &iter, "\n", 1, self->byline_tag, NULL);
    }
  /* The space between the byline and the text. */
  gtk_text_iter_backward_char (&iter);
  if (gtk_text_iter_has_tag (&iter, self->byline_tag))
    {
      GtkTextIter line_start = iter;

      gtk_text_iter_set_line_offset (&line_start, 0);
      gtk_text_buffer_apply_tag (self->buffer, self->byline_end_tag, &line_start, &iter);
    }
  gtk_text_iter_forward_char (&iter);

  if (language != NULL)
    g_object_set (self->body_tag, "language", language, NULL);
  else
    g_object_set (self->body_tag, "language-set", FALSE, NULL);

  /* The text goes in as one string so its byte offsets map exactly onto buffer positions. */
  self->body_start = gtk_text_iter_get_offset (&iter);
  if (text != NULL)
    gtk_text_buffer_insert_with_tags (self->buffer, &iter, text, briefing_article_get_text_length (article),
                                      self->body_tag, NULL);

  /* Shrink the blank lines between paragraphs, counting characters as we go. */
  offset = self->body_start;
  for (guint i = 0; text != NULL && i + 1 < n_paragraphs; i++)
    {
      gsize end, next_start, unused;
      GtkTextIter gap_start, gap_end;

      briefing_article_get_paragraph_range (article, i, &unused, &end);
      briefing_article_get_paragraph_range (article, i + 1, &next_start, &unused);
      offset += (int) g_utf8_strlen (text + byte, end - byte);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &gap_start, offset);
      offset += (int) g_utf8_strlen (text + end, next_start - end);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &gap_end, offset);
      gtk_text_buffer_apply_tag (self->buffer, self->gap_tag, &gap_start, &gap_end);
      byte = next_start;
    }

  gtk_text_buffer_get_start_iter (self->buffer, &iter);
  gtk_text_buffer_place_cursor (self->buffer, &iter);
}

/* A fresh buffer rather than the old one emptied: the view then starts at its top, and does not
 * lay out the text again for each insertion. */
static void
replace_buffer (BriefingReader *self)
{
  GtkTextIter start;

  g_clear_object (&self->buffer);
  self->buffer = gtk_text_buffer_new (self->tag_table);
  gtk_text_buffer_get_start_iter (self->buffer, &start);
  self->quote_mark = gtk_text_buffer_create_mark (self->buffer, "quote", &start, TRUE);
  g_clear_pointer (&self->quote_text, g_free);

  if (self->article != NULL)
    fill_buffer (self);

  gtk_text_view_set_buffer (self->text_view, self->buffer);
  briefing_reader_highlights_update (self, self->annotations);
}

static void
update_article (BriefingReader *self)
{
  replace_buffer (self);

  if (self->article == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "article");
  update_quote (self);
}

static void
update_zoom_actions (BriefingReader *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.zoom-in", self->zoom < MAX_ZOOM);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.zoom-out", self->zoom > MIN_ZOOM);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.zoom-reset", self->zoom != 1.0);
}

static void
zoom_in_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BriefingReader *self = BRIEFING_READER (widget);

  briefing_reader_set_zoom (self, self->zoom * ZOOM_STEP);
}

static void
zoom_out_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BriefingReader *self = BRIEFING_READER (widget);

  briefing_reader_set_zoom (self, self->zoom / ZOOM_STEP);
}

static void
zoom_reset_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  briefing_reader_set_zoom (BRIEFING_READER (widget), 1.0);
}

static void
on_annotations_changed (BriefingReader *self,
                        guint           position,
                        guint           removed,
                        guint           added,
                        GListModel     *model)
{
  briefing_reader_highlights_update (self, model);
}

/* Hovering annotated words shows the note. */
static gboolean
on_query_tooltip (BriefingReader *self,
                  int             x,
                  int             y,
                  gboolean        keyboard,
                  GtkTooltip     *tooltip,
                  GtkTextView    *view)
{
  BriefingAnnotation *annotation;
  GtkTextIter iter;
  int bx, by;
  const char *note;

  if (keyboard)
    gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
  else
    {
      gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
      if (!gtk_text_view_get_iter_at_location (view, &iter, bx, by))
        return FALSE;
    }

  annotation = briefing_reader_highlights_at (self, self->annotations, &iter);
  if (annotation == NULL || (note = briefing_annotation_get_note (annotation)) == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, note);
  return TRUE;
}

static void
briefing_reader_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  BriefingReader *self = BRIEFING_READER (widget);

  gtk_widget_measure (GTK_WIDGET (self->stack), orientation, for_size, minimum, natural, minimum_baseline,
                      natural_baseline);
}

static void
briefing_reader_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  BriefingReader *self = BRIEFING_READER (widget);

  /* Before the text view is measured and allocated, so it lays out with the new margins. */
  update_margins (self, width);
  gtk_widget_allocate (GTK_WIDGET (self->stack), width, height, baseline, NULL);

  /* Until the user scrolls away, the quote keeps its place as the size changes. */
  /* Scrolling is not done during an allocation: the next frame places the quote. */
  if (self->follow_quote && self->place_tick == 0 && gtk_widget_get_mapped (GTK_WIDGET (self->text_view)))
    self->place_tick = gtk_widget_add_tick_callback (widget, place_quote_tick, NULL, NULL);
}

static void
briefing_reader_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  BriefingReader *self = BRIEFING_READER (widget);

  GTK_WIDGET_CLASS (briefing_reader_parent_class)->css_changed (widget, change);

  /* The theme, the dark variant or the font may have changed. */
  update_tag_colors (self);
  gtk_widget_queue_allocate (widget);
}

static void
briefing_reader_dispose (GObject *object)
{
  BriefingReader *self = BRIEFING_READER (object);
  GtkWidget *child;

  if (self->place_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->place_tick);
  self->place_tick = 0;
  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_READER);
  /* Children of the template that it does not bind are left for us to unparent. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->article);
  g_clear_object (&self->buffer);
  if (self->annotations != NULL)
    g_signal_handlers_disconnect_by_func (self->annotations, on_annotations_changed, self);
  g_clear_object (&self->annotations);

  G_OBJECT_CLASS (briefing_reader_parent_class)->dispose (object);
}

static void
briefing_reader_finalize (GObject *object)
{
  BriefingReader *self = BRIEFING_READER (object);

  g_free (self->quote_text);

  G_OBJECT_CLASS (briefing_reader_parent_class)->finalize (object);
}

static void
briefing_reader_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BriefingReader *self = BRIEFING_READER (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;
    case PROP_QUOTE_START:
      g_value_set_int64 (value, self->quote_start);
      break;
    case PROP_QUOTE_END:
      g_value_set_int64 (value, self->quote_end);
      break;
    case PROP_ANNOTATIONS:
      g_value_set_object (value, self->annotations);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_reader_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BriefingReader *self = BRIEFING_READER (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      briefing_reader_set_article (self, g_value_get_object (value));
      break;
    case PROP_QUOTE_START:
      briefing_reader_set_quote_start (self, g_value_get_int64 (value));
      break;
    case PROP_QUOTE_END:
      briefing_reader_set_quote_end (self, g_value_get_int64 (value));
      break;
    case PROP_ANNOTATIONS:
      briefing_reader_set_annotations (self, g_value_get_object (value));
      break;
    case PROP_ZOOM:
      briefing_reader_set_zoom (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_reader_class_init (BriefingReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = briefing_reader_dispose;
  object_class->finalize = briefing_reader_finalize;
  object_class->get_property = briefing_reader_get_property;
  object_class->set_property = briefing_reader_set_property;
  widget_class->measure = briefing_reader_measure;
  widget_class->size_allocate = briefing_reader_size_allocate;
  widget_class->css_changed = briefing_reader_css_changed;

  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL, BRIEFING_TYPE_ARTICLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUOTE_START] =
    g_param_spec_int64 ("quote-start", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUOTE_END] =
    g_param_spec_int64 ("quote-end", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, MIN_ZOOM, MAX_ZOOM, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ANNOTATIONS] =
    g_param_spec_object ("annotations", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "reader.zoom-in", NULL, zoom_in_activated);
  gtk_widget_class_install_action (widget_class, "reader.zoom-out", NULL, zoom_out_activated);
  gtk_widget_class_install_action (widget_class, "reader.zoom-reset", NULL, zoom_reset_activated);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/briefing/Briefing/briefing-reader.ui");
  gtk_widget_class_set_css_name (widget_class, "reader");
  gtk_widget_class_bind_template_child (widget_class, BriefingReader, stack);
  gtk_widget_class_bind_template_child (widget_class, BriefingReader, text_view);
  gtk_widget_class_bind_template_child (widget_class, BriefingReader, tag_table);
}

static void
briefing_reader_init (BriefingReader *self)
{
  self->quote_start = -1;
  self->quote_end = -1;
  self->zoom = 1.0;

  gtk_widget_init_template (GTK_WIDGET (self));

  create_tags (self);
  replace_buffer (self);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self->text_view), TRUE);
  g_signal_connect_object (self->text_view, "query-tooltip", G_CALLBACK (on_query_tooltip), self,
                           G_CONNECT_SWAPPED);

  update_zoom_actions (self);
}

GtkWidget *
briefing_reader_new (void)
{
  return g_object_new (BRIEFING_TYPE_READER, NULL);
}

BriefingArticle *
briefing_reader_get_article (BriefingReader *self)
{
  g_return_val_if_fail (BRIEFING_IS_READER (self), NULL);

  return self->article;
}

void
briefing_reader_set_article (BriefingReader  *self,
                             BriefingArticle *article)
{
  g_return_if_fail (BRIEFING_IS_READER (self));
  g_return_if_fail (article == NULL || BRIEFING_IS_ARTICLE (article));

  if (!g_set_object (&self->article, article))
    return;

  update_article (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

gint64
briefing_reader_get_quote_start (BriefingReader *self)
{
  g_return_val_if_fail (BRIEFING_IS_READER (self), -1);

  return self->quote_start;
}

void
briefing_reader_set_quote_start (BriefingReader *self,
                                 gint64          start)
{
  g_return_if_fail (BRIEFING_IS_READER (self));

  start = MAX (start, -1);
  if (self->quote_start == start)
    return;

  self->quote_start = start;
  update_quote (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUOTE_START]);
}

gint64
briefing_reader_get_quote_end (BriefingReader *self)
{
  g_return_val_if_fail (BRIEFING_IS_READER (self), -1);

  return self->quote_end;
}

void
briefing_reader_set_quote_end (BriefingReader *self,
                               gint64          end)
{
  g_return_if_fail (BRIEFING_IS_READER (self));

  end = MAX (end, -1);
  if (self->quote_end == end)
    return;

  self->quote_end = end;
  update_quote (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUOTE_END]);
}

void
briefing_reader_show_quote (BriefingReader  *self,
                            BriefingArticle *article,
                            gint64           start,
                            gint64           end)
{
  gboolean article_changed;

  g_return_if_fail (BRIEFING_IS_READER (self));
  g_return_if_fail (article == NULL || BRIEFING_IS_ARTICLE (article));

  start = MAX (start, -1);
  end = MAX (end, -1);

  g_object_freeze_notify (G_OBJECT (self));

  if (self->quote_start != start)
    {
      self->quote_start = start;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUOTE_START]);
    }
  if (self->quote_end != end)
    {
      self->quote_end = end;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUOTE_END]);
    }

  article_changed = g_set_object (&self->article, article);
  if (article_changed)
    {
      update_article (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
    }
  else
    update_quote (self);

  g_object_thaw_notify (G_OBJECT (self));
}

const char *
briefing_reader_get_quote_text (BriefingReader *self)
{
  g_return_val_if_fail (BRIEFING_IS_READER (self), NULL);

  return self->quote_text;
}

double
briefing_reader_get_zoom (BriefingReader *self)
{
  g_return_val_if_fail (BRIEFING_IS_READER (self), 1.0);

  return self->zoom;
}

void
briefing_reader_set_zoom (BriefingReader *self,
                          double          zoom)
{
  g_return_if_fail (BRIEFING_IS_READER (self));

  zoom = CLAMP (zoom, MIN_ZOOM, MAX_ZOOM);
  /* Steps up and down land back on 1.0 despite rounding. */
  if (G_APPROX_VALUE (zoom, 1.0, 0.01))
    zoom = 1.0;
  if (self->zoom == zoom)
    return;

  self->zoom = zoom;
  update_tag_scales (self);
  update_zoom_actions (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

/* "annotations": the user's annotations of the bundle (element-type BriefingAnnotation); those
 * anchored in the article shown are drawn as highlights. */
void
briefing_reader_set_annotations (BriefingReader *self,
                                 GListModel     *annotations)
{
  g_return_if_fail (BRIEFING_IS_READER (self));
  g_return_if_fail (annotations == NULL || G_IS_LIST_MODEL (annotations));

  if (self->annotations == annotations)
    return;

  if (self->annotations != NULL)
    g_signal_handlers_disconnect_by_func (self->annotations, on_annotations_changed, self);
  g_set_object (&self->annotations, annotations);
  if (annotations != NULL)
    g_signal_connect_swapped (annotations, "items-changed", G_CALLBACK (on_annotations_changed), self);

  briefing_reader_highlights_update (self, annotations);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANNOTATIONS]);
}

GtkTextView *
briefing_reader_get_text_view (BriefingReader *self)
{
  return self->text_view;
}

int
briefing_reader_get_body_start (BriefingReader *self)
{
  return self->body_start;
}

/* Items added to the text view's context menu (highlight, note…). */
void
briefing_reader_set_extra_menu (BriefingReader *self,
                                GMenuModel     *menu)
{
  g_return_if_fail (BRIEFING_IS_READER (self));

  gtk_text_view_set_extra_menu (self->text_view, menu);
}

