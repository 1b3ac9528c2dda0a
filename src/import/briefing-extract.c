/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-extract"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "briefing-extract-date.h"
#include "briefing-extract-private.h"

G_DEFINE_FINAL_TYPE (BriefingExtraction, briefing_extraction, G_TYPE_OBJECT)

static void
briefing_extraction_finalize (GObject *object)
{
  BriefingExtraction *self = (BriefingExtraction *)object;

  g_clear_object (&self->article);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);

  G_OBJECT_CLASS (briefing_extraction_parent_class)->finalize (object);
}

static void
briefing_extraction_class_init (BriefingExtractionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = briefing_extraction_finalize;
}

static void
briefing_extraction_init (BriefingExtraction *self)
{
}

BriefingExtraction *
briefing_extraction_new_take (BriefingArticle *article,
                              GPtrArray       *candidates)
{
  BriefingExtraction *self = g_object_new (BRIEFING_TYPE_EXTRACTION, NULL);

  self->article = g_object_ref (article);
  self->candidates = candidates;
  return self;
}

/* Words */

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || c == '-';
}

GPtrArray *
briefing_extract_content_words (BriefingExtractRules *rules,
                                const char           *text)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *lower = g_utf8_strdown (text, -1);
  const char *p = lower;

  while (*p != '\0')
    {
      const char *start;
      g_autofree char *word = NULL;
      const char *synonym;
      gsize len;

      while (*p != '\0' && !is_word_char (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      start = p;
      while (*p != '\0' && is_word_char (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (p == start)
        continue;
      word = g_strndup (start, p - start);
      /* "Ukraine’s" is Ukraine */
      if (g_str_has_prefix (p, "’s") || g_str_has_prefix (p, "'s"))
        p += g_str_has_prefix (p, "'s") ? 2 : 4;
      synonym = g_hash_table_lookup (rules->synonyms, word);
      if (synonym != NULL)
        {
          g_free (word);
          word = g_strdup (synonym);
        }
      len = strlen (word);
      /* a crude plural: "regions" is "region", but "talks" and "press" stay */
      if (len > 4 && word[len - 1] == 's' && word[len - 2] != 's')
        word[len - 1] = '\0';
      if (g_hash_table_contains (rules->stop_words, word))
        continue;
      if (!g_ptr_array_find_with_equal_func (words, word, g_str_equal, NULL))
        g_ptr_array_add (words, g_steal_pointer (&word));
    }
  return words;
}

double
briefing_extract_word_overlap (BriefingExtractRules *rules,
                               const char           *expected,
                               const char           *found)
{
  g_autoptr(GPtrArray) a = briefing_extract_content_words (rules, expected);
  g_autoptr(GPtrArray) b = briefing_extract_content_words (rules, found);
  guint shared = 0;

  if (a->len == 0)
    return 0.0;
  for (guint i = 0; i < a->len; i++)
    if (g_ptr_array_find_with_equal_func (b, g_ptr_array_index (a, i), g_str_equal, NULL))
      shared++;
  return (double) shared / a->len;
}

/* Sentences */

static gboolean
ends_with_abbreviation (BriefingExtractor *ex,
                        gsize              dot)
{
  for (guint i = 0; i < ex->rules->abbreviations->len; i++)
    {
      const char *abbreviation = g_ptr_array_index (ex->rules->abbreviations, i);
      gsize len = strlen (abbreviation);

      if (dot + 1 >= len && strncmp (ex->text + dot + 1 - len, abbreviation, len) == 0 &&
          (dot + 1 == len || !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (ex->text + dot + 1 - len)))))
        return TRUE;
    }
  return FALSE;
}

static void
split_sentences (BriefingExtractor *ex)
{
  guint n = briefing_article_get_n_paragraphs (ex->article);

  for (guint i = 0; i < n; i++)
    {
      gsize start, end, from;

      briefing_article_get_paragraph_range (ex->article, i, &start, &end);
      from = start;
      for (gsize p = start; p < end; p++)
        {
          char c = ex->text[p];
          gsize after = p + 1;

          if (c != '.' && c != '!' && c != '?')
            continue;
          /* closing quotes belong to the sentence */
          while (after < end && (ex->text[after] == '"' || g_str_has_prefix (ex->text + after, "”") ||
                                 g_str_has_prefix (ex->text + after, "’") || ex->text[after] == ')'))
            after += ex->text[after] == '"' || ex->text[after] == ')' ? 1 : 3;
          if (after < end && ex->text[after] != ' ')
            continue;
          if (c == '.' && ends_with_abbreviation (ex, p))
            continue;
          if (after < end)
            {
              gunichar next = g_utf8_get_char (ex->text + after + 1);

              if (!g_unichar_isupper (next) && !g_unichar_isdigit (next) && next != '"' &&
                  next != 0x201C && next != 0x2018)
                continue;
            }
          g_array_append_val (ex->sentences, ((BriefingSpan) { from, after }));
          from = after;
          while (from < end && ex->text[from] == ' ')
            from++;
          p = from > 0 ? from - 1 : from;
        }
      if (from < end)
        g_array_append_val (ex->sentences, ((BriefingSpan) { from, end }));
    }
}

guint
briefing_extractor_sentence_at (BriefingExtractor *ex,
                                gsize              offset)
{
  guint lo = 0, hi = ex->sentences->len;

  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (ex->sentences, BriefingSpan, mid).start <= offset)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

/* Names */

static gboolean
boundary_before (BriefingExtractor *ex,
                 gsize              offset)
{
  return offset == 0 || !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (ex->text + offset)));
}

static gboolean
boundary_after (BriefingExtractor *ex,
                gsize              offset)
{
  return offset >= ex->length || !g_unichar_isalnum (g_utf8_get_char (ex->text + offset));
}

static gboolean
overlaps_mention (BriefingExtractor *ex,
                  gsize              start,
                  gsize              end)
{
  for (guint i = 0; i < ex->mentions->len; i++)
    {
      BriefingMention *m = &g_array_index (ex->mentions, BriefingMention, i);

      if (m->start < end && start < m->end)
        return TRUE;
    }
  return FALSE;
}

static int
compare_mention (gconstpointer a,
                 gconstpointer b)
{
  const BriefingMention *x = a;
  const BriefingMention *y = b;

  return x->start < y->start ? -1 : x->start > y->start;
}

static void
find_mentions (BriefingExtractor *ex)
{
  /* longest spellings first, so "Vladimir Putin" is one mention and not "Putin" inside it */
  for (guint i = 0; i < ex->rules->aliases->len; i++)
    {
      BriefingGazAlias *alias = &g_array_index (ex->rules->aliases, BriefingGazAlias, i);
      gsize len = strlen (alias->text);
      const char *p = ex->text;

      while ((p = strstr (p, alias->text)) != NULL)
        {
          gsize start = p - ex->text;
          BriefingMention mention = { start, start + len, alias->entity, alias->person, alias->form };

          p += len;
          if (!boundary_before (ex, start) || !boundary_after (ex, start + len) ||
              overlaps_mention (ex, start, start + len))
            continue;
          g_array_append_val (ex->mentions, mention);
        }
    }
  g_array_sort (ex->mentions, compare_mention);
}

int
briefing_extractor_subject_before (BriefingExtractor *ex,
                                   gsize              offset)
{
  guint sentence = briefing_extractor_sentence_at (ex, offset);
  BriefingSpan span = g_array_index (ex->sentences, BriefingSpan, sentence);
  int found = -1;
  gsize first_word_end = span.start;

  for (guint i = 0; i < ex->mentions->len; i++)
    {
      BriefingMention *m = &g_array_index (ex->mentions, BriefingMention, i);

      if (m->start >= span.start && m->end <= offset && !briefing_extractor_is_consumed (ex, m->start, m->end))
        found = m->entity;
    }
  if (found >= 0 || sentence == 0)
    return found;

  /* "It refused …": the pronoun points at the last one named in the sentence before. */
  while (first_word_end < span.end && g_ascii_isalpha (ex->text[first_word_end]))
    first_word_end++;
  for (guint i = 0; i < ex->rules->pronouns->len; i++)
    {
      const char *pronoun = g_ptr_array_index (ex->rules->pronouns, i);

      if (strlen (pronoun) == first_word_end - span.start &&
          g_ascii_strncasecmp (ex->text + span.start, pronoun, first_word_end - span.start) == 0)
        {
          BriefingSpan before = g_array_index (ex->sentences, BriefingSpan, sentence - 1);

          for (guint j = 0; j < ex->mentions->len; j++)
            {
              BriefingMention *m = &g_array_index (ex->mentions, BriefingMention, j);

              if (m->start >= before.start && m->end <= before.end)
                found = m->entity;
            }
        }
    }
  return found;
}

gboolean
briefing_extractor_is_consumed (BriefingExtractor *ex,
                                gsize              start,
                                gsize              end)
{
  for (guint i = 0; i < ex->consumed->len; i++)
    {
      BriefingSpan *span = &g_array_index (ex->consumed, BriefingSpan, i);

      if (span->start < end && start < span->end)
        return TRUE;
    }
  return FALSE;
}

void
briefing_extractor_consume (BriefingExtractor *ex,
                            gsize              start,
                            gsize              end)
{
  g_array_append_val (ex->consumed, ((BriefingSpan) { start, end }));
}

gsize
briefing_extractor_clause_end (BriefingExtractor *ex,
                               gsize              start,
                               gsize              limit,
                               gboolean           list)
{
  gsize end = limit;

  for (guint i = 0; i < ex->rules->clause_stops->len; i++)
    {
      const char *stop = g_ptr_array_index (ex->rules->clause_stops, i);
      const char *hit;

      if (list && g_ptr_array_find_with_equal_func (ex->rules->list_keeps, stop, g_str_equal, NULL))
        continue;
      hit = g_strstr_len (ex->text + start, end - start, stop);

      if (hit != NULL)
        end = hit - ex->text;
    }
  for (gsize p = start; p < end; p++)
    if (ex->text[p] == ';')
      end = p;
  return end;
}

gboolean
briefing_extractor_trim (BriefingExtractor *ex,
                         GPtrArray         *prefixes,
                         gsize             *start,
                         gsize             *end)
{
  gboolean changed = TRUE;

  while (changed)
    {
      changed = FALSE;
      while (*start < *end && strchr (" ,:;-", ex->text[*start]) != NULL && ex->text[*start] != '\0')
        (*start)++, changed = TRUE;
      /* a dash is three bytes of UTF-8 */
      if (*end - *start >= 3 && (g_str_has_prefix (ex->text + *start, "–") || g_str_has_prefix (ex->text + *start, "—")))
        *start += 3, changed = TRUE;
      while (*end > *start && strchr (" ,.:;", ex->text[*end - 1]) != NULL)
        (*end)--, changed = TRUE;
      if (*end - *start >= 3 && (strncmp (ex->text + *end - 3, "–", 3) == 0 ||
                                 strncmp (ex->text + *end - 3, "—", 3) == 0))
        *end -= 3, changed = TRUE;
      for (guint i = 0; prefixes != NULL && i < prefixes->len; i++)
        {
          const char *prefix = g_ptr_array_index (prefixes, i);
          gsize len = strlen (prefix);

          if (*end - *start > len && g_ascii_strncasecmp (ex->text + *start, prefix, len) == 0)
            *start += len, changed = TRUE;
        }
    }
  return *end > *start;
}

const char *
briefing_extractor_category (BriefingExtractor *ex,
                             const char        *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);

  for (guint i = 0; i < ex->rules->categories->len; i++)
    {
      BriefingCategoryRule *rule = g_ptr_array_index (ex->rules->categories, i);

      for (guint j = 0; j < rule->keywords->len; j++)
        {
          const char *keyword = g_ptr_array_index (rule->keywords, j);
          const char *hit = lower;
          gsize len = strlen (keyword);

          while ((hit = strstr (hit, keyword)) != NULL)
            {
              gboolean before = hit == lower || !g_ascii_isalnum (hit[-1]);
              gboolean after = !g_ascii_isalnum (hit[len]);

              if (before && after)
                return rule->category;
              hit += len;
            }
        }
    }
  return "other";
}

char *
briefing_extractor_make_id (BriefingExtractor *ex,
                            const char        *stem)
{
  GString *id = g_string_new (NULL);
  g_autofree char *base = NULL;

  for (const char *p = stem; *p != '\0' && id->len < 48; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (id, g_ascii_tolower (*p));
      else if (id->len > 0 && id->str[id->len - 1] != '-')
        g_string_append_c (id, '-');
    }
  while (id->len > 0 && id->str[id->len - 1] == '-')
    g_string_truncate (id, id->len - 1);
  if (id->len == 0)
    g_string_append (id, "item");
  base = g_string_free (id, FALSE);

  for (guint n = 1;; n++)
    {
      g_autofree char *candidate = n == 1 ? g_strdup (base) : g_strdup_printf ("%s-%u", base, n);

      if (!g_hash_table_contains (ex->used_ids, candidate))
        {
          g_hash_table_add (ex->used_ids, g_strdup (candidate));
          return g_steal_pointer (&candidate);
        }
    }
}

/* Dates and figures */

static GPtrArray *
date_candidates (BriefingExtractor *ex)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_candidate_free);

  for (guint i = 0; i < ex->dates->len; i++)
    {
      BriefingDateMatch *match = &g_array_index (ex->dates, BriefingDateMatch, i);
      BriefingCandidate *candidate = briefing_candidate_new (BRIEFING_CANDIDATE_DATE);

      candidate->date = match->date;
      candidate->confidence = match->confidence;
      candidate->text = briefing_date_to_string (&match->date);
      briefing_candidate_set_quote (candidate, ex->text, match->start, match->end);
      g_ptr_array_add (out, candidate);
    }
  return out;
}

static GPtrArray *
figure_candidates (BriefingExtractor *ex)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_candidate_free);
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (BriefingSpan));

  for (guint i = 0; i < ex->rules->figures->len; i++)
    {
      BriefingFigureRule *rule = g_ptr_array_index (ex->rules->figures, i);
      g_autoptr(GMatchInfo) info = NULL;

      g_regex_match_full (rule->regex, ex->text, ex->length, 0, 0, &info, NULL);
      for (; g_match_info_matches (info); g_match_info_next (info, NULL))
        {
          g_autofree char *value = g_match_info_fetch_named (info, "value");
          g_autofree char *unit = g_match_info_fetch_named (info, "unit");
          g_autoptr(GString) digits = g_string_new (value);
          BriefingCandidate *candidate;
          gboolean overlap = FALSE;
          int start, end;

          g_match_info_fetch_pos (info, 0, &start, &end);
          for (guint j = 0; j < taken->len; j++)
            if (g_array_index (taken, BriefingSpan, j).start < (gsize) end &&
                (gsize) start < g_array_index (taken, BriefingSpan, j).end)
              overlap = TRUE;
          if (overlap || value == NULL || *value == '\0')
            continue;
          g_array_append_val (taken, ((BriefingSpan) { start, end }));
          g_string_replace (digits, ",", "", 0);

          candidate = briefing_candidate_new (BRIEFING_CANDIDATE_FIGURE);
          candidate->value = g_ascii_strtod (digits->str, NULL);
          candidate->unit = g_strdup (unit != NULL && *unit != '\0' ? unit : rule->unit);
          candidate->text = g_strndup (ex->text + start, end - start);
          candidate->confidence = 0.7;
          briefing_candidate_set_quote (candidate, ex->text, start, end);
          g_ptr_array_add (out, candidate);
        }
    }
  return out;
}

static int
compare_by_start (gconstpointer a,
                  gconstpointer b)
{
  const BriefingCandidate *x = *(BriefingCandidate **) a;
  const BriefingCandidate *y = *(BriefingCandidate **) b;

  return x->start < y->start ? -1 : x->start > y->start;
}

static void
append_all (GPtrArray *into,
            GPtrArray *from)
{
  for (guint i = 0; i < from->len; i++)
    g_ptr_array_add (into, g_steal_pointer (&from->pdata[i]));
  g_ptr_array_set_free_func (from, NULL);
  g_ptr_array_set_size (from, 0);
}

static void
collect_bundle_ids (BriefingExtractor *ex)
{
  GListModel *models[4];

  if (ex->bundle == NULL)
    return;
  models[0] = briefing_bundle_get_parties (ex->bundle);
  models[1] = briefing_bundle_get_articles (ex->bundle);
  models[2] = briefing_bundle_get_events (ex->bundle);
  models[3] = briefing_bundle_get_demands (ex->bundle);
  for (guint i = 0; i < G_N_ELEMENTS (models); i++)
    for (guint j = 0; j < g_list_model_get_n_items (models[i]); j++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (models[i], j);
        g_autofree char *id = NULL;

        g_object_get (item, "id", &id, NULL);
        g_hash_table_add (ex->used_ids, g_steal_pointer (&id));
      }
}

/* The outcome of @event that says @text, or NULL. */
BriefingOutcome *
briefing_extract_find_outcome (BriefingEvent *event,
                               const char    *text)
{
  GPtrArray *outcomes = briefing_event_get_outcomes (event);
  g_autofree char *folded = g_utf8_casefold (text, -1);

  for (guint i = 0; i < outcomes->len; i++)
    {
      g_autofree char *other = g_utf8_casefold (briefing_outcome_get_text (outcomes->pdata[i]), -1);

      if (g_str_equal (folded, other))
        return outcomes->pdata[i];
    }
  return NULL;
}

/* The response of @party at @event to @demand, or NULL. */
BriefingResponse *
briefing_extract_find_response (BriefingDemand *demand,
                                const char     *party,
                                const char     *event)
{
  GPtrArray *responses = briefing_demand_get_responses (demand);

  for (guint i = 0; i < responses->len; i++)
    if (g_strcmp0 (briefing_response_get_party (responses->pdata[i]), party) == 0 &&
        g_strcmp0 (briefing_response_get_event (responses->pdata[i]), event) == 0)
      return responses->pdata[i];
  return NULL;
}

/* Outcomes and responses the bundle records already (an article read twice, or two articles on the
 * same round) are marked existing: applied, they add their quote to what is there. */
static void
mark_known_outcomes (BriefingExtractor *ex)
{
  if (ex->bundle == NULL)
    return;

  for (guint i = 0; i < ex->outcomes->len; i++)
    {
      BriefingCandidate *c = g_ptr_array_index (ex->outcomes, i);
      BriefingEvent *event = c->ref != NULL ? briefing_bundle_lookup_event (ex->bundle, c->ref) : NULL;

      c->existing = event != NULL && briefing_extract_find_outcome (event, c->text) != NULL;
    }
  for (guint i = 0; i < ex->responses->len; i++)
    {
      BriefingCandidate *c = g_ptr_array_index (ex->responses, i);
      BriefingDemand *demand = c->ref != NULL ? briefing_bundle_lookup_demand (ex->bundle, c->ref) : NULL;

      c->existing = demand != NULL && briefing_extract_find_response (demand, c->party, c->event) != NULL;
    }
}

BriefingExtraction *
briefing_extract (BriefingArticle      *article,
                  BriefingBundle       *bundle_or_null,
                  BriefingExtractRules *rules,
                  GError              **error)
{
  BriefingExtractor ex = { 0 };
  GPtrArray *candidates;
  g_autoptr(GPtrArray) dates = NULL;
  g_autoptr(GPtrArray) figures = NULL;
  guint n_entities;

  g_return_val_if_fail (BRIEFING_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (bundle_or_null == NULL || BRIEFING_IS_BUNDLE (bundle_or_null), NULL);
  g_return_val_if_fail (BRIEFING_IS_EXTRACT_RULES (rules), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (briefing_article_get_text_length (article) == 0)
    {
      g_set_error (error, BRIEFING_EXTRACT_ERROR, BRIEFING_EXTRACT_ERROR_EMPTY_ARTICLE,
                   /* Translators: %s is the id of an article */
                   _("The article “%s” has no text to read"), briefing_article_get_id (article));
      return NULL;
    }

  ex.rules = rules;
  ex.article = article;
  ex.bundle = bundle_or_null;
  ex.text = briefing_article_get_text (article);
  ex.length = briefing_article_get_text_length (article);
  if (briefing_article_get_published (article) != NULL)
    ex.reference = briefing_date_coarsen (briefing_article_get_published (article),
                                          MIN (briefing_article_get_published (article)->precision,
                                               BRIEFING_DATE_PRECISION_DAY));
  ex.sentences = g_array_new (FALSE, FALSE, sizeof (BriefingSpan));
  ex.mentions = g_array_new (FALSE, FALSE, sizeof (BriefingMention));
  ex.consumed = g_array_new (FALSE, FALSE, sizeof (BriefingSpan));
  ex.used_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ex.parties = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_candidate_free);
  ex.people = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_candidate_free);
  ex.events = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_candidate_free);
  ex.outcomes = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_candidate_free);
  ex.demands = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_candidate_free);
  ex.responses = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_candidate_free);

  collect_bundle_ids (&ex);
  g_hash_table_add (ex.used_ids, g_strdup (briefing_article_get_id (article)));
  n_entities = rules->entities->len;
  ex.party_ids = g_new0 (char *, n_entities + 1);
  ex.existing_party = g_new0 (gboolean, n_entities);
  ex.holds_demand = g_new0 (gboolean, n_entities);
  for (guint i = 0; i < n_entities; i++)
    {
      BriefingParty *party = briefing_extractor_lookup_party (&ex, g_ptr_array_index (rules->entities, i));

      ex.existing_party[i] = party != NULL;
      ex.party_ids[i] = g_strdup (party != NULL ? briefing_party_get_id (party)
                                               : ((BriefingGazEntity *) g_ptr_array_index (rules->entities, i))->id);
      /* A party the article may propose keeps its id: no event or demand takes it. */
      g_hash_table_add (ex.used_ids, g_strdup (ex.party_ids[i]));
    }

  split_sentences (&ex);
  find_mentions (&ex);
  ex.dates = briefing_extract_find_dates (rules, ex.text, ex.length, &ex.reference);

  briefing_extractor_find_events (&ex);
  briefing_extractor_find_demands (&ex);
  briefing_extractor_find_outcomes (&ex);
  briefing_extractor_find_responses (&ex);
  briefing_extractor_find_parties (&ex);
  briefing_extractor_find_people (&ex);
  dates = date_candidates (&ex);
  figures = figure_candidates (&ex);
  g_ptr_array_sort (figures, compare_by_start);

  mark_known_outcomes (&ex);

  candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_candidate_free);
  append_all (candidates, ex.parties);
  append_all (candidates, ex.people);
  append_all (candidates, ex.events);
  append_all (candidates, ex.outcomes);
  append_all (candidates, ex.demands);
  append_all (candidates, ex.responses);
  append_all (candidates, dates);
  append_all (candidates, figures);

  g_array_unref (ex.sentences);
  g_array_unref (ex.mentions);
  g_array_unref (ex.dates);
  g_array_unref (ex.consumed);
  g_hash_table_unref (ex.used_ids);
  g_strfreev (ex.party_ids);
  g_free (ex.existing_party);
  g_free (ex.holds_demand);
  g_ptr_array_unref (ex.parties);
  g_ptr_array_unref (ex.people);
  g_ptr_array_unref (ex.events);
  g_ptr_array_unref (ex.outcomes);
  g_ptr_array_unref (ex.demands);
  g_ptr_array_unref (ex.responses);

  return briefing_extraction_new_take (article, candidates);
}

BriefingExtraction *
briefing_extraction_new_empty (BriefingArticle *article)
{
  g_return_val_if_fail (BRIEFING_IS_ARTICLE (article), NULL);

  return briefing_extraction_new_take (article, g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_candidate_free));
}

BriefingArticle *
briefing_extraction_get_article (BriefingExtraction *self)
{
  g_return_val_if_fail (BRIEFING_IS_EXTRACTION (self), NULL);

  return self->article;
}

guint
briefing_extraction_get_n_candidates (BriefingExtraction *self)
{
  g_return_val_if_fail (BRIEFING_IS_EXTRACTION (self), 0);

  return self->candidates->len;
}

const BriefingCandidate *
briefing_extraction_get_candidate (BriefingExtraction *self,
                                   guint               index)
{
  g_return_val_if_fail (BRIEFING_IS_EXTRACTION (self), NULL);
  g_return_val_if_fail (index < self->candidates->len, NULL);

  return g_ptr_array_index (self->candidates, index);
}

void
briefing_extraction_set_candidate (BriefingExtraction      *self,
                                   guint                    index,
                                   const BriefingCandidate *candidate)
{
  g_return_if_fail (BRIEFING_IS_EXTRACTION (self));
  g_return_if_fail (index < self->candidates->len);
  g_return_if_fail (candidate != NULL);
  g_return_if_fail (candidate->kind == ((BriefingCandidate *) g_ptr_array_index (self->candidates, index))->kind);

  if (candidate == g_ptr_array_index (self->candidates, index))
    return;
  briefing_candidate_free (g_ptr_array_index (self->candidates, index));
  g_ptr_array_index (self->candidates, index) = briefing_candidate_copy (candidate);
}
