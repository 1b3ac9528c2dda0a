/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-text-clean"

#include "config.h"

#include <string.h>

#include "briefing-import-private.h"

/* The text rules every reader shares, and the reader of plain text and Markdown. */

/* Markdown lines longer than this keep their inline markup. */
#define MAX_MARKDOWN_LINE (16 * 1024)

static const char * const months[] = {
  "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
};

static gboolean
is_invisible (gunichar c)
{
  return c == 0x00AD || (c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF ||
         (g_unichar_type (c) == G_UNICODE_CONTROL && !g_unichar_isspace (c));
}

char *
briefing_text_normalize (const char *text,
                         gssize      length)
{
  GString *s;
  const char *p, *end;
  gboolean space = FALSE;

  g_return_val_if_fail (text != NULL, NULL);

  if (length < 0)
    length = strlen (text);
  s = g_string_sized_new (length);
  end = text + length;

  for (p = text; p < end;)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          p++;
          continue;
        }
      p = g_utf8_next_char (p);

      if (g_unichar_isspace (c) || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR ||
          c == 0x2028 || c == 0x2029)
        space = TRUE;
      else if (!is_invisible (c))
        {
          if (space && s->len > 0)
            g_string_append_c (s, ' ');
          space = FALSE;
          g_string_append_unichar (s, c);
        }
    }

  return g_string_free (s, FALSE);
}

static int
month_from_name (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);
  static const char * const full[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december"
  };

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    if (g_str_equal (lower, full[i]) || g_str_equal (lower, months[i]) ||
        (i == 8 && g_str_equal (lower, "sept")))
      return i + 1;
  return 0;
}

/* What may follow a date on a dateline or publication line: a time and a zone. */
static gboolean
is_time_rest (const char *rest)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex,
                       g_regex_new ("^\\s*(?:(?:,|at|·|\\||-|–|—)\\s*)?"
                                    "(?:\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?"
                                    "\\s*(?:\\(?[a-z]{2,5}(?:[+-]\\d{1,2})?\\)?)?)?\\s*$",
                                    G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL));
  return g_regex_match (regex, rest, 0, NULL);
}

static gboolean
parse_iso (const char   *text,
           BriefingDate *date)
{
  char day[11];

  if (briefing_date_parse (text, date, NULL))
    return date->precision >= BRIEFING_DATE_PRECISION_DAY;

  /* A local time without an offset ("2025-06-02T14:05:00", "2025-06-02 14:05") says the day. */
  if (strlen (text) < 10 || !g_ascii_isdigit (text[0]) || text[4] != '-' || text[7] != '-')
    return FALSE;
  memcpy (day, text, 10);
  day[10] = '\0';
  return (text[10] == 'T' || text[10] == ' ' || text[10] == '\0') &&
         briefing_date_parse (day, date, NULL) && is_time_rest (text + 11);
}

gboolean
briefing_text_parse_date (const char   *text,
                          BriefingDate *date)
{
  static GRegex *regex;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *stripped = NULL;
  int day = 0, month = 0, year = 0;

  g_return_val_if_fail (text != NULL && date != NULL, FALSE);

  stripped = g_strstrip (g_strdup (text));
  if (strlen (stripped) > 80)
    return FALSE;
  if (parse_iso (stripped, date))
    return TRUE;

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex,
                       g_regex_new ("^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?(?:"
                                    "(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3,9})\\.?,?\\s+(\\d{4})|"
                                    "([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|"
                                    "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}))(.*)$",
                                    G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL));
  if (!g_regex_match (regex, stripped, 0, &match))
    return FALSE;

  for (int group = 1; group <= 7; group += 3)
    {
      g_autofree char *a = g_match_info_fetch (match, group);
      g_autofree char *b = g_match_info_fetch (match, group + 1);
      g_autofree char *c = g_match_info_fetch (match, group + 2);

      if (a == NULL || a[0] == '\0')
        continue;
      year = atoi (c);
      if (group == 1)
        day = atoi (a), month = month_from_name (b);
      else if (group == 4)
        month = month_from_name (a), day = atoi (b);
      else
        day = atoi (a), month = atoi (b);
      break;
    }

  {
    g_autofree char *rest = g_match_info_fetch (match, 10);

    if (!is_time_rest (rest != NULL ? rest : ""))
      return FALSE;
  }

  if (month < 1 || month > 12 || year < 1 || year > 9999 || day < 1 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;

  *date = (BriefingDate) { .year = year, .month = month, .day = day,
                           .precision = BRIEFING_DATE_PRECISION_DAY };
  return TRUE;
}

gboolean
briefing_text_parse_publication (const char   *line,
                                 BriefingDate *date)
{
  static const char * const prefixes[] = {
    "first published on", "first published", "published on", "published", "posted on", "posted",
    "publication date", "date", "dated", NULL
  };
  g_autofree char *lower = NULL;

  g_return_val_if_fail (line != NULL && date != NULL, FALSE);

  if (strlen (line) > 80)
    return FALSE;
  if (briefing_text_parse_date (line, date))
    return TRUE;

  lower = g_ascii_strdown (line, -1);
  for (guint i = 0; prefixes[i] != NULL; i++)
    if (g_str_has_prefix (lower, prefixes[i]))
      {
        const char *rest = line + strlen (prefixes[i]);

        while (*rest == ' ' || *rest == ':')
          rest++;
        return rest != line + strlen (prefixes[i]) && briefing_text_parse_date (rest, date);
      }
  return FALSE;
}

/* "Olena Marchuk", "Deniz al-Sayed", "Jean de la Croix": two to five words, each capitalised or
 * a name particle; no weekday or month, so "By Monday" and "By June 2" are not bylines. */
static gboolean
is_person_name (const char *name)
{
  static const char * const particles[] = {
    "de", "la", "le", "du", "da", "di", "van", "von", "der", "den", "al", "el", "bin", "ibn", "y", NULL
  };
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  guint n = g_strv_length (words);

  if (n < 2 || n > 5)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      gunichar first = g_utf8_get_char (words[i]);

      if (words[i][0] == '\0' || month_from_name (words[i]) != 0)
        return FALSE;
      if (g_strv_contains (particles, words[i]) && i > 0 && i < n - 1)
        continue;
      if (!g_unichar_isupper (first) || strpbrk (words[i], "0123456789:;!?@/") != NULL)
        return FALSE;
    }
  {
    static const char * const days[] = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", NULL };

    for (guint i = 0; i < n; i++)
      if (g_strv_contains (days, words[i]))
        return FALSE;
  }
  return TRUE;
}

/* "A, B and C" as a list of names; NULL when one of them is not a name. */
static GPtrArray *
split_names (const char *text)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRegex) separators = g_regex_new (",\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*|\\s*;\\s*", 0, 0, NULL);
  g_auto(GStrv) parts = g_regex_split (separators, text, 0);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *name = briefing_text_normalize (parts[i], -1);

      if (name[0] == '\0')
        continue;
      if (!is_person_name (name))
        return NULL;
      g_ptr_array_add (names, g_steal_pointer (&name));
    }
  return names->len > 0 ? g_steal_pointer (&names) : NULL;
}

char *
briefing_text_parse_byline (const char *line)
{
  static const char * const prefixes[] = {
    "written by", "words by", "reporting by", "reported by", "authors:", "author:", "by:", "by", NULL
  };
  g_autofree char *lower = NULL;
  g_autofree char *rest = NULL;
  g_autoptr(GPtrArray) names = NULL;

  g_return_val_if_fail (line != NULL, NULL);

  if (strlen (line) > 120)
    return NULL;
  lower = g_ascii_strdown (line, -1);
  for (guint i = 0; prefixes[i] != NULL && rest == NULL; i++)
    if (g_str_has_prefix (lower, prefixes[i]) && line[strlen (prefixes[i])] == ' ')
      rest = g_strstrip (g_strdup (line + strlen (prefixes[i]) + 1));
  if (rest == NULL)
    return NULL;

  /* "By Olena Marchuk in Istanbul", "By Olena Marchuk (Kyiv Desk Wire)" */
  {
    char *cut = strstr (rest, " in ");

    if (cut == NULL)
      cut = strchr (rest, '(');
    if (cut != NULL)
      *cut = '\0';
    g_strstrip (rest);
  }

  if ((names = split_names (rest)) == NULL)
    return NULL;
  return g_steal_pointer (&rest);
}

void
briefing_import_page_offer_names (BriefingImportPage *page,
                                  const char         *text)
{
  g_autoptr(GPtrArray) names = NULL;
  g_autofree char *normal = NULL;

  if (text == NULL || page->authors->len > 0 || g_str_has_prefix (text, "http"))
    return;

  normal = briefing_text_normalize (text, -1);
  if ((names = split_names (normal)) == NULL)
    {
      /* One name that is not "First Last", such as "Staff" or "Reuters": kept as it is. */
      if (normal[0] != '\0' && strlen (normal) <= 80 && strchr (normal, ',') == NULL)
        g_ptr_array_add (page->authors, g_steal_pointer (&normal));
      return;
    }
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (page->authors, g_strdup (names->pdata[i]));
}

static gboolean
is_upper_word (const char *text)
{
  guint letters = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        {
          if (!g_unichar_isupper (c))
            return FALSE;
          letters++;
        }
      else if (c != ' ' && c != '.' && c != '-' && c != '\'' && c != 0x2019)
        return FALSE;
    }
  return letters >= 2;
}

/* "ISTANBUL" → "Istanbul", "NEW YORK" → "New York". */
static char *
title_case (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  GString *s = g_string_new (NULL);
  gboolean start = TRUE;

  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (s, start ? g_unichar_totitle (c) : c);
      start = !g_unichar_isalpha (c);
    }
  return g_string_free (s, FALSE);
}

/* "June 2", "2 June", "Monday", "June 2, 2025": a date with or without its year. */
static gboolean
is_date_part (const char *part)
{
  static const char * const days[] = { "monday", "tuesday", "wednesday", "thursday", "friday",
                                       "saturday", "sunday", NULL };
  g_autofree char *lower = g_ascii_strdown (part, -1);
  g_auto(GStrv) words = g_strsplit (lower, " ", 3);

  if (g_ascii_isdigit (part[0]) || g_strv_contains (days, lower))
    return TRUE;
  for (guint i = 0; i < 2 && words[i] != NULL; i++)
    {
      gsize len = strlen (words[i]);

      if (len > 0 && words[i][len - 1] == '.')
        words[i][len - 1] = '\0';
      if (month_from_name (words[i]) != 0)
        return TRUE;
    }
  return FALSE;
}

gboolean
briefing_text_parse_dateline (const char    *paragraph,
                              char         **place,
                              BriefingDate  *date)
{
  static const char * const dashes[] = { " – ", " — ", " -- ", " - ", NULL };
  g_autofree char *prefix = NULL;
  g_autoptr(GString) found = g_string_new (NULL);
  g_auto(GStrv) parts = NULL;
  const char *cut = NULL;

  g_return_val_if_fail (paragraph != NULL && place != NULL && date != NULL, FALSE);

  for (guint i = 0; dashes[i] != NULL; i++)
    {
      const char *p = strstr (paragraph, dashes[i]);

      if (p != NULL && p - paragraph <= 80 && (cut == NULL || p < cut))
        cut = p;
    }
  if (cut == NULL)
    return FALSE;

  prefix = g_strndup (paragraph, cut - paragraph);
  /* "KYIV, June 2 (Kyiv Desk Wire)" */
  if (g_str_has_suffix (prefix, ")") && strrchr (prefix, '(') != NULL)
    *strrchr (prefix, '(') = '\0';
  g_strstrip (prefix);

  parts = g_strsplit (prefix, ",", -1);
  if (parts[0] == NULL || !is_upper_word (g_strstrip (parts[0])))
    return FALSE;

  *date = (BriefingDate) { 0 };
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *part = g_strstrip (parts[i]);

      if (i > 0 && is_date_part (part))
        {
          /* "June 2, 2025" was split at its comma; without a year, the date stays unresolved. */
          if (parts[i + 1] != NULL)
            {
              g_autofree char *joined = g_strdup_printf ("%s, %s", part, g_strstrip (parts[i + 1]));

              if (!briefing_text_parse_date (joined, date))
                briefing_text_parse_date (part, date);
            }
          else
            briefing_text_parse_date (part, date);
          break;
        }
      if (i > 0 && !is_upper_word (part) &&
          (strchr (part, ' ') != NULL || !g_unichar_isupper (g_utf8_get_char (part))))
        return FALSE;
      if (found->len > 0)
        g_string_append (found, ", ");
      {
        g_autofree char *word = is_upper_word (part) ? title_case (part) : g_strdup (part);

        g_string_append (found, word);
      }
    }

  *place = g_string_free (g_steal_pointer (&found), FALSE);
  return TRUE;
}

char *
briefing_markdown_strip_inline (const char *line)
{
  /* In order: images go, links and code keep their text, emphasis its words, escapes their
   * character. Underscores count only around words, so snake_case survives. */
  static const struct { const char *pattern; const char *replacement; } rules[] = {
    { "!\\[[^\\]]{0,500}\\]\\((?:[^()]{0,2000}|[^()]{0,1000}\\([^()]{0,1000}\\)[^()]{0,1000})\\)", "" },
    { "!\\[[^\\]]{0,500}\\]\\[[^\\]]{0,200}\\]", "" },
    { "\\[([^\\]]{1,500})\\]\\((?:[^()]{0,2000}|[^()]{0,1000}\\([^()]{0,1000}\\)[^()]{0,1000})\\)", "\\1" },
    { "\\[([^\\]]{1,500})\\]\\[[^\\]]{0,200}\\]", "\\1" },
    { "<(https?://[^>\\s]{1,2000})>", "\\1" },
    { "(?i)<(script|style|iframe|object|noscript|template)\\b[^>]{0,2000}>.{0,20000}?</\\1\\s*>", "" },
    { "<!--.{0,2000}?-->", "" },
    { "</?[A-Za-z][A-Za-z0-9-]{0,20}(?:\\s[^<>]{0,2000})?/?>", "" },
    { "`{1,3}([^`]{1,2000})`{1,3}", "\\1" },
    { "(\\*\\*|__)(?=\\S)(.{1,500}?)(?<=\\S)\\1", "\\2" },
    { "(?<![\\w*])\\*(?=[^\\s*])(.{1,500}?)(?<=[^\\s*])\\*(?![\\w*])", "\\1" },
    { "(?<![\\w_])[_](?=[^\\s_])(.{1,500}?)(?<=[^\\s_])[_](?![\\w_])", "\\1" },
    { "~~(.{1,500}?)~~", "\\1" },
    { "\\\\([\\\\`*_{}\\[\\]()#+\\-.!>~|])", "\\1" },
  };
  static GRegex *regexes[G_N_ELEMENTS (rules)];
  static gsize ready;
  char *text;

  g_return_val_if_fail (line != NULL, NULL);

  if (g_once_init_enter (&ready))
    {
      for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
        regexes[i] = g_regex_new (rules[i].pattern, G_REGEX_OPTIMIZE, 0, NULL);
      g_once_init_leave (&ready, 1);
    }

  text = g_strdup (line);
  /* Bounded patterns keep this linear; a line this long is not prose with markup anyway. */
  if (strlen (line) > MAX_MARKDOWN_LINE)
    return text;
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      char *next = g_regex_replace (regexes[i], text, -1, 0, rules[i].replacement, 0, NULL);

      if (next != NULL)
        {
          g_free (text);
          text = next;
        }
    }
  return text;
}

/* The reader of plain text and Markdown, one line at a time. */
typedef struct
{
  BriefingImportPage *page;
  gboolean            markdown;
  GString            *block;        /* the paragraph being joined */
  gsize               last_length;  /* of its last line */
  gboolean            in_fence;
  const char         *in_raw_html;  /* the end tag of the <script> or <style> block being skipped */
} TextReader;

static void
flush_block (TextReader *reader)
{
  if (reader->block->len > 0)
    briefing_import_page_add_block (reader->page, reader->block->str);
  g_string_truncate (reader->block, 0);
  reader->last_length = 0;
}

static gboolean
ends_sentence (const char *text)
{
  const char *last;

  if (*text == '\0')
    return TRUE;
  last = g_utf8_prev_char (text + strlen (text));
  return strchr (".!?:;\"')]", *last) != NULL || g_str_has_suffix (text, "”") ||
         g_str_has_suffix (text, "’") || g_str_has_suffix (text, "»") || g_str_has_suffix (text, "…");
}

/* A Markdown line without its block markup; *@kind says what it was: 'h' heading, 'l' list item,
 * 'r' rule, 'u' a setext underline, 0 text. */
static char *
strip_markdown_block (const char *line,
                      char       *kind)
{
  const char *p = line;
  gsize n = 0;

  *kind = 0;
  while (*p == ' ')
    p++;
  while (*p == '>')
    for (p++; *p == ' '; p++);

  if (*p == '#')
    {
      while (p[n] == '#')
        n++;
      if (n <= 6 && (p[n] == ' ' || p[n] == '\0'))
        {
          g_autofree char *text = g_strdup (p + n);

          *kind = 'h';
          /* "## Heading ##" */
          g_strstrip (text);
          while (text[0] != '\0' && text[strlen (text) - 1] == '#')
            text[strlen (text) - 1] = '\0';
          return g_strstrip (g_steal_pointer (&text));
        }
    }

  {
    g_autofree char *bare = g_strdup (p);

    g_strstrip (bare);
    if (strlen (bare) >= 3 && strspn (bare, "=") == strlen (bare))
      {
        *kind = 'u';
        return g_strdup ("");
      }
    if (strlen (bare) >= 3 && (strspn (bare, "- ") == strlen (bare) || strspn (bare, "* ") == strlen (bare) ||
                               strspn (bare, "_ ") == strlen (bare)))
      {
        *kind = g_str_has_prefix (bare, "-") ? 'u' : 'r';
        return g_strdup ("");
      }
  }

  if ((p[0] == '-' || p[0] == '*' || p[0] == '+') && p[1] == ' ')
    {
      *kind = 'l';
      return g_strdup (p + 2);
    }
  for (n = 0; g_ascii_isdigit (p[n]) && n < 9; n++);
  if (n > 0 && (p[n] == '.' || p[n] == ')') && p[n + 1] == ' ')
    {
      *kind = 'l';
      return g_strdup (p + n + 2);
    }
  return g_strdup (p);
}

/* YAML front matter of Markdown: "title:", "date:", "author:", "publisher:", "url:", "lang:". */
static const char *
read_front_matter (const char         *text,
                   BriefingImportPage *page)
{
  const char *end;
  g_auto(GStrv) lines = NULL;

  if (!g_str_has_prefix (text, "---\n") || (end = strstr (text + 3, "\n---")) == NULL)
    return text;

  lines = g_strsplit (text + 4, "\n", -1);
  for (guint i = 0; lines[i] != NULL && !g_str_has_prefix (lines[i], "---"); i++)
    {
      char *colon = strchr (lines[i], ':');
      g_autofree char *name = NULL;
      g_autofree char *key = NULL;
      g_autofree char *value = NULL;

      if (colon == NULL)
        continue;
      name = g_strndup (lines[i], colon - lines[i]);
      key = g_ascii_strdown (g_strstrip (name), -1);
      value = g_strstrip (g_strdup (colon + 1));
      if (value[0] == '"' || value[0] == '\'')
        {
          gsize len = strlen (value);

          if (len >= 2 && value[len - 1] == value[0])
            {
              value[len - 1] = '\0';
              memmove (value, value + 1, len - 1);
            }
        }

      if (g_str_equal (key, "title") || g_str_equal (key, "headline"))
        briefing_import_page_offer (&page->headline, value);
      else if (g_str_equal (key, "date") || g_str_equal (key, "published") || g_str_equal (key, "datepublished"))
        briefing_import_page_offer_date (page, value);
      else if (g_str_equal (key, "author") || g_str_equal (key, "authors"))
        briefing_import_page_offer_names (page, value);
      else if (g_str_equal (key, "publisher") || g_str_equal (key, "source") || g_str_equal (key, "site"))
        briefing_import_page_offer (&page->publisher, value);
      else if (g_str_equal (key, "url") || g_str_equal (key, "link"))
        briefing_import_page_offer (&page->url, value);
      else if (g_str_equal (key, "lang") || g_str_equal (key, "language"))
        briefing_import_page_offer (&page->language, value);
    }

  end = strchr (end + 1, '\n');
  return end != NULL ? end + 1 : text + strlen (text);
}

static void
read_line (TextReader *reader,
           const char *raw)
{
  g_autofree char *stripped = NULL;
  g_autofree char *line = NULL;
  char kind = 0;

  if (reader->markdown)
    {
      if (g_str_has_prefix (raw, "```") || g_str_has_prefix (raw, "~~~"))
        {
          reader->in_fence = !reader->in_fence;
          flush_block (reader);
          return;
        }
      /* A <script> or <style> block of raw HTML is code, not text: it goes, lines and all. */
      if (!reader->in_fence && reader->in_raw_html == NULL)
        {
          const char *p = raw + strspn (raw, " ");

          if (g_ascii_strncasecmp (p, "<script", 7) == 0 && (p[7] == '>' || g_ascii_isspace (p[7]) || p[7] == '\0'))
            reader->in_raw_html = "</script>";
          else if (g_ascii_strncasecmp (p, "<style", 6) == 0 && (p[6] == '>' || g_ascii_isspace (p[6]) || p[6] == '\0'))
            reader->in_raw_html = "</style>";
        }
      if (reader->in_raw_html != NULL)
        {
          g_autofree char *lower = g_ascii_strdown (raw, -1);

          if (strstr (lower, reader->in_raw_html) != NULL)
            reader->in_raw_html = NULL;
          flush_block (reader);
          return;
        }
      stripped = reader->in_fence ? g_strdup (raw) : strip_markdown_block (raw, &kind);
      if (!reader->in_fence)
        {
          char *plain = briefing_markdown_strip_inline (stripped);

          g_free (stripped);
          stripped = plain;
        }
    }
  else
    stripped = g_strdup (raw);

  line = briefing_text_normalize (stripped, -1);

  /* A setext underline makes the block above it a heading. */
  if (kind == 'u' && reader->block->len > 0)
    {
      if (reader->page->headline == NULL && reader->page->paragraphs->len == 0)
        {
          briefing_import_page_offer (&reader->page->headline, reader->block->str);
          g_string_truncate (reader->block, 0);
        }
      flush_block (reader);
      return;
    }
  if (line[0] == '\0' || kind == 'r' || kind == 'u')
    {
      flush_block (reader);
      return;
    }

  /* The first line, or the first heading of Markdown, is the headline. */
  if (reader->page->headline == NULL && reader->block->len == 0 && reader->page->paragraphs->len == 0)
    {
      briefing_import_page_offer (&reader->page->headline, line);
      return;
    }

  /* Clutter is dropped line by line, before lines join into paragraphs. */
  if (briefing_clutter_is_line (line))
    return;

  if (kind == 'h' || kind == 'l')
    flush_block (reader);
  else if (reader->block->len > 0 && !reader->markdown &&
           (reader->last_length < 60 || ends_sentence (reader->block->str)))
    flush_block (reader); /* plain text: a line is a paragraph unless the one above was wrapped */

  if (reader->block->len > 0)
    g_string_append_c (reader->block, ' ');
  g_string_append (reader->block, line);
  reader->last_length = strlen (line);

  if (kind == 'h')
    flush_block (reader);
}

void
briefing_text_read (const char         *text,
                    gboolean            markdown,
                    BriefingImportPage *page)
{
  TextReader reader = { page, markdown, g_string_new (NULL), 0, FALSE };
  const char *p = text;

  if (markdown)
    p = read_front_matter (text, page);

  while (*p != '\0')
    {
      const char *end = strchr (p, '\n');
      gsize len = end != NULL ? (gsize) (end - p) : strlen (p);
      g_autofree char *line = g_strndup (p, len);

      if (len > 0 && line[len - 1] == '\r')
        line[len - 1] = '\0';
      read_line (&reader, line);
      p += len + (end != NULL ? 1 : 0);
    }
  flush_block (&reader);
  g_string_free (reader.block, TRUE);
}
