/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-export-markdown"

#include "config.h"

#include "briefing-i18n.h"
#include <string.h>

#include "briefing-export-private.h"
#include "briefing-labels.h"

/*
 * The annotations of a briefing as Markdown (CommonMark) with YAML front matter, for notes apps
 * and wikis:
 *
 *   ---
 *   title: "…"
 *   date: "2025-07-25"
 *   bundle: "istanbul-talks-2025"
 *   period: "2025-05-16/2025-08"          ISO 8601 interval, when there are events
 *   prepared_by: "…"                       when given
 *   ---
 *
 *   # Title
 *   ## Key point                           one heading per group of annotations
 *   > the highlighted words
 *   The note.
 *   — *Article headline* [3]
 *   ## Open questions and deadlines        a list: question — owner, deadline (overdue)
 *   ## Sources                             a numbered list, numbered as in every output
 *
 * YAML values are always double-quoted strings with escapes; words from the bundle and the user
 * are escaped so that they read as text, never as Markdown.
 */

/* Every word of the Markdown a reader sees, in one place. */

typedef enum
{
  WORD_TAGS,
  WORD_ABOUT,
  WORD_OWNER,
  WORD_DEADLINE,
  WORD_OVERDUE,
  WORD_LIST_SEPARATOR,
} Word;

static const char *
word (Word which)
{
  switch (which)
    {
    /* Translators: before the tags of an annotation in a Markdown export */
    case WORD_TAGS: return C_("markdown", "Tags:");
    /* Translators: what an open question is about, in a list; a title follows */
    case WORD_ABOUT: return C_("markdown", "About:");
    /* Translators: who is to answer an open question, in a list; a name follows */
    case WORD_OWNER: return C_("markdown", "Owner:");
    /* Translators: by when an open question needs an answer; a date follows */
    case WORD_DEADLINE: return C_("markdown", "Deadline:");
    /* Translators: after the deadline of an open question that has passed */
    case WORD_OVERDUE: return C_("markdown", "overdue");
    /* Translators: what separates the items of a list in a sentence */
    case WORD_LIST_SEPARATOR:
    default: return C_("list separator", ", ");
    }
}

static char *
format_source_grade (const char *grade)
{
  /* Translators: the reliability grade of a source; %s is "B – usually reliable" */
  return g_strdup_printf (C_("markdown", "Source grade: %s"), grade);
}

static void
append_yaml (GString    *md,
             const char *key,
             const char *value)
{
  if (value == NULL)
    return;

  g_string_append_printf (md, "%s: \"", key);
  for (const char *p = value; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '"' || c == '\\')
        g_string_append_printf (md, "\\%c", (char) c);
      else if (c == '\n')
        g_string_append (md, "\\n");
      else if (c == '\t')
        g_string_append (md, "\\t");
      else if (c < 0x20 || c == 0x7f)
        g_string_append_printf (md, "\\x%02x", c);
      else if (c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff)
        g_string_append_printf (md, "\\u%04x", c);
      else
        g_string_append_unichar (md, c);
    }
  g_string_append (md, "\"\n");
}

/* @text as Markdown text: characters that would start markup are escaped, and so is what would
 * start a block at the beginning of a line. Line breaks are kept, each line starting with @prefix
 * ("> " in a quote); with @prefix NULL, lines are joined by spaces (list items, headings). */
static void
append_text (GString    *md,
             const char *text,
             const char *prefix)
{
  const char *p = text;
  gboolean line_start = TRUE;

  while (*p != '\0')
    {
      if (*p == '\n')
        {
          g_string_append (md, prefix == NULL ? " " : "\n");
          if (prefix != NULL)
            g_string_append (md, prefix);
          line_start = TRUE;
          p++;
          continue;
        }

      if (line_start)
        {
          const char *q;

          line_start = FALSE;
          while (*p == ' ' || *p == '\t')
            g_string_append_c (md, *p++);
          /* "-", "+" and "=" start lists and underline headings; "1." and "1)" start lists. */
          if (*p == '-' || *p == '+' || *p == '=')
            g_string_append_c (md, '\\');
          for (q = p; g_ascii_isdigit (*q); q++)
            ;
          if (q > p && (*q == '.' || *q == ')'))
            {
              g_string_append_len (md, p, q - p);
              g_string_append_c (md, '\\');
              p = q;
            }
          continue;
        }

      if (strchr ("\\`*_[]<>#|~&", *p) != NULL)
        g_string_append_c (md, '\\');
      g_string_append_c (md, *p++);
    }
}

static void
append_heading (GString    *md,
                const char *hashes,
                const char *text)
{
  g_string_append_printf (md, "%s ", hashes);
  append_text (md, text, NULL);
  g_string_append (md, "\n\n");
}

static void
append_empty (GString             *md,
              BriefingComposition *composition,
              BriefingSections     section)
{
  if (briefing_composition_section_is_empty (composition, section))
    g_string_append_printf (md, "%s\n\n", briefing_section_get_empty_text (section));
}

static void
append_item (GString                    *md,
             BriefingComposedAnnotation *item,
             gboolean                    with_tags)
{
  BriefingAnnotation *annotation = item->annotation;
  const char *note = briefing_annotation_get_note (annotation);
  const char * const *tags = briefing_annotation_get_tags (annotation);

  if (item->quote != NULL)
    {
      g_string_append (md, "> ");
      append_text (md, item->quote, "> ");
      g_string_append (md, "\n\n");
    }
  if (note != NULL)
    {
      append_text (md, note, "");
      g_string_append (md, "\n\n");
    }
  if (with_tags && tags[0] != NULL)
    {
      g_autofree char *list = g_strjoinv (word (WORD_LIST_SEPARATOR), (char **) tags);

      g_string_append_printf (md, "*%s* ", word (WORD_TAGS));
      append_text (md, list, NULL);
      g_string_append (md, "\n\n");
    }
  if (item->about != NULL || item->source > 0)
    {
      /* A dash, then what the annotation is on, in italics. */
      g_string_append (md, "— ");
      if (item->about != NULL)
        {
          g_string_append_c (md, '*');
          append_text (md, item->about, NULL);
          g_string_append_c (md, '*');
        }
      if (item->source > 0)
        g_string_append_printf (md, "%s[%u]", item->about != NULL ? " " : "", item->source);
      g_string_append (md, "\n\n");
    }
}

static void
append_annotations (GString             *md,
                    BriefingComposition *composition)
{
  gboolean by_tag = composition->grouping == BRIEFING_GROUP_BY_TAG;

  if (briefing_composition_section_is_empty (composition, BRIEFING_SECTION_ANNOTATIONS))
    {
      append_heading (md, "##", briefing_section_get_title (BRIEFING_SECTION_ANNOTATIONS));
      append_empty (md, composition, BRIEFING_SECTION_ANNOTATIONS);
      return;
    }

  for (guint i = 0; i < composition->annotations->len; i++)
    {
      BriefingAnnotationGroup *group = composition->annotations->pdata[i];

      append_heading (md, "##", group->label);
      for (guint j = 0; j < group->items->len; j++)
        append_item (md, group->items->pdata[j], !by_tag);
    }
}

static void
append_questions (GString             *md,
                  BriefingComposition *composition)
{
  append_heading (md, "##", briefing_section_get_title (BRIEFING_SECTION_QUESTIONS));
  append_empty (md, composition, BRIEFING_SECTION_QUESTIONS);

  for (guint i = 0; i < composition->questions->len; i++)
    {
      BriefingComposedQuestion *question = composition->questions->pdata[i];
      const BriefingDate *deadline = briefing_annotation_get_deadline (question->annotation);

      g_string_append (md, "- **");
      append_text (md, question->text != NULL ? question->text : "", NULL);
      g_string_append (md, "**");
      if (question->about != NULL)
        {
          g_string_append_printf (md, " — %s *", word (WORD_ABOUT));
          append_text (md, question->about, NULL);
          g_string_append_c (md, '*');
        }
      if (question->owner != NULL)
        {
          g_string_append_printf (md, " — %s ", word (WORD_OWNER));
          append_text (md, question->owner, NULL);
        }
      if (deadline != NULL)
        {
          g_autofree char *date = briefing_date_format (deadline);

          g_string_append_printf (md, " — %s %s", word (WORD_DEADLINE), date);
          if (question->overdue)
            g_string_append_printf (md, " (**%s**)", word (WORD_OVERDUE));
        }
      g_string_append_c (md, '\n');
    }
  if (composition->questions->len > 0)
    g_string_append_c (md, '\n');
}

static void
append_sources (GString             *md,
                BriefingComposition *composition)
{
  append_heading (md, "##", briefing_section_get_title (BRIEFING_SECTION_SOURCES));
  append_empty (md, composition, BRIEFING_SECTION_SOURCES);

  for (guint i = 0; i < composition->sources->len; i++)
    {
      BriefingSource *source = composition->sources->pdata[i];
      BriefingArticle *article = source->article;
      const char *publisher = briefing_article_get_publisher (article);
      const BriefingDate *published = briefing_article_get_published (article);
      const char *url = briefing_article_get_url (article);
      const char *grade = briefing_source_grade_label (briefing_article_get_source_grade (article));

      g_string_append_printf (md, "%u. *", source->number);
      append_text (md, briefing_article_get_headline (article), NULL);
      g_string_append_c (md, '*');
      if (publisher != NULL)
        {
          g_string_append (md, word (WORD_LIST_SEPARATOR));
          append_text (md, publisher, NULL);
        }
      if (published != NULL && briefing_date_is_set (published))
        {
          g_autofree char *date = briefing_date_format (published);

          g_string_append_printf (md, "%s%s", word (WORD_LIST_SEPARATOR), date);
        }
      if (url != NULL)
        g_string_append_printf (md, " <%s>", url);
      if (grade != NULL)
        {
          g_autofree char *line = format_source_grade (grade);

          g_string_append (md, " — ");
          append_text (md, line, NULL);
        }
      g_string_append_c (md, '\n');
    }
  if (composition->sources->len > 0)
    g_string_append_c (md, '\n');
}

char *
briefing_composition_to_markdown (BriefingComposition *composition)
{
  g_autoptr(GString) md = g_string_new (NULL);
  g_autofree char *date = NULL;

  g_return_val_if_fail (composition != NULL, NULL);

  date = briefing_date_to_string (&composition->date);
  g_string_append (md, "---\n");
  append_yaml (md, "title", composition->title);
  append_yaml (md, "date", date);
  append_yaml (md, "bundle", briefing_bundle_get_id (composition->bundle));
  if (briefing_date_is_set (&composition->period_start))
    {
      g_autofree char *start = briefing_date_to_string (&composition->period_start);
      g_autofree char *end = briefing_date_to_string (&composition->period_end);
      g_autofree char *period = g_strconcat (start, "/", end, NULL);

      append_yaml (md, "period", period);
    }
  append_yaml (md, "prepared_by", composition->prepared_by);
  g_string_append (md, "---\n\n");

  append_heading (md, "#", composition->title);
  if (briefing_date_is_set (&composition->period_start))
    {
      g_autofree char *period = briefing_date_format_range (&composition->period_start,
                                                            &composition->period_end);

      append_text (md, period, NULL);
      g_string_append (md, "\n\n");
    }

  if (composition->sections & BRIEFING_SECTION_ANNOTATIONS)
    append_annotations (md, composition);
  if (composition->sections & BRIEFING_SECTION_QUESTIONS)
    append_questions (md, composition);
  if (composition->sections & BRIEFING_SECTION_SOURCES)
    append_sources (md, composition);

  /* One newline at the end. */
  while (md->len > 1 && md->str[md->len - 1] == '\n' && md->str[md->len - 2] == '\n')
    g_string_truncate (md, md->len - 1);
  return g_string_free (g_steal_pointer (&md), FALSE);
}
