/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-reader-annotations"

#include "config.h"

#include "briefing-annotation-colors.h"
#include "briefing-reader-private.h"

/* Tags are named after their colour: "annotation-yellow"…; "annotation-note" marks notes that have
 * no colour with an underline. */
#define NOTE_TAG "annotation-note"

static char *
tag_name (const char *color)
{
  return g_strconcat ("annotation-", color, NULL);
}

void
briefing_reader_highlights_init (BriefingReader  *self,
                                 GtkTextTagTable *table)
{
  for (guint i = 0; i < BRIEFING_N_COLORS; i++)
    {
      g_autofree char *name = tag_name (briefing_annotation_colors[i]);
      g_autoptr(GtkTextTag) tag = gtk_text_tag_new (name);

      gtk_text_tag_table_add (table, tag);
    }

  {
    g_autoptr(GtkTextTag) note = gtk_text_tag_new (NOTE_TAG);

    g_object_set (note, "underline", PANGO_UNDERLINE_SINGLE, NULL);
    gtk_text_tag_table_add (table, note);
  }

  /* The quote of a citation stays on top of highlights. */
  gtk_text_tag_set_priority (gtk_text_tag_table_lookup (table, "quote"), gtk_text_tag_table_get_size (table) - 1);
}

void
briefing_reader_highlights_restyle (BriefingReader *self,
                                    gboolean        dark)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (gtk_text_view_get_buffer (briefing_reader_get_text_view (self)));

  for (guint i = 0; i < BRIEFING_N_COLORS; i++)
    {
      g_autofree char *name = tag_name (briefing_annotation_colors[i]);
      GdkRGBA rgba;

      briefing_annotation_color_rgba (briefing_annotation_colors[i], dark, &rgba);
      g_object_set (gtk_text_tag_table_lookup (table, name), "background-rgba", &rgba, NULL);
    }
}

static gboolean
is_shown (BriefingReader     *self,
          BriefingAnnotation *annotation,
          gsize              *start,
          gsize              *end)
{
  BriefingArticle *article = briefing_reader_get_article (self);

  return article != NULL && briefing_annotation_get_target_kind (annotation) == BRIEFING_TARGET_ARTICLE &&
         g_strcmp0 (briefing_annotation_get_target_id (annotation), briefing_article_get_id (article)) == 0 &&
         !briefing_annotation_get_detached (annotation) && briefing_annotation_get_anchor (annotation, start, end) &&
         *end <= briefing_article_get_text_length (article);
}

void
briefing_reader_highlights_update (BriefingReader *self,
                                   GListModel     *annotations)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (briefing_reader_get_text_view (self));
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GtkTextIter first, last;
  guint n;

  gtk_text_buffer_get_bounds (buffer, &first, &last);
  for (guint i = 0; i < BRIEFING_N_COLORS; i++)
    {
      g_autofree char *name = tag_name (briefing_annotation_colors[i]);

      gtk_text_buffer_remove_tag_by_name (buffer, name, &first, &last);
    }
  gtk_text_buffer_remove_tag_by_name (buffer, NOTE_TAG, &first, &last);

  n = annotations != NULL ? g_list_model_get_n_items (annotations) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BriefingAnnotation) annotation = g_list_model_get_item (annotations, i);
      const char *color = briefing_annotation_get_color (annotation);
      GtkTextIter start, end;
      gsize from, to;

      if (!is_shown (self, annotation, &from, &to) ||
          !briefing_reader_iter_at_byte (self, from, &start) || !briefing_reader_iter_at_byte (self, to, &end))
        continue;

      if (color != NULL)
        {
          g_autofree char *name = tag_name (color);

          if (gtk_text_tag_table_lookup (table, name) != NULL)
            gtk_text_buffer_apply_tag_by_name (buffer, name, &start, &end);
        }
      if (color == NULL || briefing_annotation_get_note (annotation) != NULL)
        gtk_text_buffer_apply_tag_by_name (buffer, NOTE_TAG, &start, &end);
    }
}

BriefingAnnotation *
briefing_reader_highlights_at (BriefingReader    *self,
                               GListModel        *annotations,
                               const GtkTextIter *iter)
{
  gsize offset;
  guint n;

  if (annotations == NULL || !briefing_reader_byte_at_iter (self, iter, &offset))
    return NULL;

  /* The newest annotation wins where several overlap. */
  n = g_list_model_get_n_items (annotations);
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(BriefingAnnotation) annotation = g_list_model_get_item (annotations, i - 1);
      gsize start, end;

      if (is_shown (self, annotation, &start, &end) && offset >= start && offset < end)
        return annotation;
    }

  return NULL;
}

/* Selection and offsets: bytes of the article text and iters of the view */

/* The selected words of the article, as bytes of its text; FALSE when nothing of the body is
 * selected. A selection that starts in the headline starts at the body. */
gboolean
briefing_reader_get_selection (BriefingReader *self,
                               gsize          *start,
                               gsize          *end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (briefing_reader_get_text_view (self));
  GtkTextIter from, to, body;

  g_return_val_if_fail (BRIEFING_IS_READER (self), FALSE);

  if (briefing_reader_get_article (self) == NULL || !gtk_text_buffer_get_selection_bounds (buffer, &from, &to))
    return FALSE;

  gtk_text_buffer_get_iter_at_offset (buffer, &body, briefing_reader_get_body_start (self));
  if (gtk_text_iter_compare (&from, &body) < 0)
    from = body;
  if (gtk_text_iter_compare (&to, &from) <= 0)
    return FALSE;

  return briefing_reader_byte_at_iter (self, &from, start) && briefing_reader_byte_at_iter (self, &to, end) &&
         *end > *start;
}

/* Selects the bytes @start..@end of the article text, as a user would with the pointer. */
void
briefing_reader_select (BriefingReader *self,
                        gsize           start,
                        gsize           end)
{
  GtkTextIter from, to;

  g_return_if_fail (BRIEFING_IS_READER (self));

  if (briefing_reader_iter_at_byte (self, start, &from) && briefing_reader_iter_at_byte (self, end, &to))
    gtk_text_buffer_select_range (gtk_text_view_get_buffer (briefing_reader_get_text_view (self)), &from, &to);
}

gboolean
briefing_reader_iter_at_byte (BriefingReader *self,
                              gsize           offset,
                              GtkTextIter    *iter)
{
  BriefingArticle *article = briefing_reader_get_article (self);
  const char *text;

  if (article == NULL || offset > briefing_article_get_text_length (article))
    return FALSE;

  text = briefing_article_get_text (article);
  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (briefing_reader_get_text_view (self)), iter,
                                      briefing_reader_get_body_start (self) + (int) g_utf8_pointer_to_offset (text, text + offset));
  return TRUE;
}

gboolean
briefing_reader_byte_at_iter (BriefingReader    *self,
                              const GtkTextIter *iter,
                              gsize             *offset)
{
  BriefingArticle *article = briefing_reader_get_article (self);
  const char *text;
  int chars;

  if (article == NULL)
    return FALSE;

  chars = gtk_text_iter_get_offset (iter) - briefing_reader_get_body_start (self);
  text = briefing_article_get_text (article);
  if (chars < 0 || chars > g_utf8_strlen (text, briefing_article_get_text_length (article)))
    return FALSE;

  *offset = g_utf8_offset_to_pointer (text, chars) - text;
  return TRUE;
}
