/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-extract-facts"

#include "config.h"

#include "briefing-enum-types.h"
#include "briefing-extract-date.h"
#include "briefing-extract-private.h"

static BriefingSpan
sentence_span (BriefingExtractor *ex,
               gsize              offset)
{
  return g_array_index (ex->sentences, BriefingSpan, briefing_extractor_sentence_at (ex, offset));
}

/* The date within @span nearest to @near, of at least @precision; NULL when there is none. */
static BriefingDateMatch *
date_in (BriefingExtractor     *ex,
         BriefingSpan           span,
         BriefingDatePrecision  precision,
         gsize                  near)
{
  BriefingDateMatch *best = NULL;
  gsize best_distance = G_MAXSIZE;

  for (guint i = 0; i < ex->dates->len; i++)
    {
      BriefingDateMatch *match = &g_array_index (ex->dates, BriefingDateMatch, i);
      gsize distance = match->start >= near ? match->start - near : near - match->end;

      if (match->start >= span.start && match->end <= span.end && match->date.precision >= precision &&
          distance < best_distance)
        {
          best = match;
          best_distance = distance;
        }
    }
  return best;
}

static char *
capitalise (const char *text)
{
  gunichar first = g_utf8_get_char (text);
  char buffer[8] = { 0 };

  g_unichar_to_utf8 (g_unichar_toupper (first), buffer);
  return g_strconcat (buffer, g_utf8_next_char (text), NULL);
}

/* A place of the gazetteer named in @span, else NULL. */
static const char *
place_in (BriefingExtractor *ex,
          BriefingSpan       span)
{
  const char *best = NULL;
  gsize best_at = G_MAXSIZE;

  for (guint i = 0; i < ex->rules->places->len; i++)
    {
      const char *place = g_ptr_array_index (ex->rules->places, i);
      g_autofree char *upper = g_utf8_strup (place, -1);
      const char *hit = g_strstr_len (ex->text + span.start, span.end - span.start, place);

      /* a dateline spells it in capitals: "ISTANBUL, TURKEY –" */
      if (hit == NULL)
        hit = g_strstr_len (ex->text + span.start, span.end - span.start, upper);
      if (hit != NULL)
        {
          /* "in Istanbul" says where it happened; a dateline only where it was written */
          gsize at = hit - ex->text;
          gsize rank = at >= 3 && strncmp (hit - 3, "in ", 3) == 0 ? at : at + ex->length;

          if (rank < best_at)
            {
              best = place;
              best_at = rank;
            }
        }
    }
  return best;
}

static char *
fill (const char *template,
      const char *key,
      const char *value)
{
  g_autoptr(GString) out = g_string_new (template);

  g_string_replace (out, key, value, 0);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static BriefingCandidate *
new_event (BriefingExtractor *ex,
           BriefingEventKind  kind,
           const char        *title,
           gsize              start,
           gsize              end)
{
  BriefingCandidate *candidate = briefing_candidate_new (BRIEFING_CANDIDATE_EVENT);
  g_autofree char *stem = g_strdup_printf ("%.32s-%s", briefing_article_get_id (ex->article),
                                           briefing_enum_to_nick (BRIEFING_TYPE_EVENT_KIND, kind));

  candidate->event_kind = kind;
  candidate->id = briefing_extractor_make_id (ex, stem);
  candidate->title = capitalise (title);
  candidate->confidence = 0.6;
  briefing_candidate_set_quote (candidate, ex->text, start, end);
  g_ptr_array_add (ex->events, candidate);
  return candidate;
}

static void
set_event_date (BriefingExtractor *ex,
                BriefingCandidate *event,
                BriefingDateMatch *date,
                gsize              trigger_start,
                gsize              trigger_end)
{
  event->date = date->date;
  event->confidence = MIN (0.9, date->confidence);
  /* the quote shows both the event and its date when they are close */
  if (MAX (date->end, trigger_end) - MIN (date->start, trigger_start) < 200)
    briefing_candidate_set_quote (event, ex->text, MIN (date->start, trigger_start),
                                  MAX (date->end, trigger_end));
}

/* An existing event of the bundle of the same kind and day. */
static void
match_bundle_event (BriefingExtractor *ex,
                    BriefingCandidate *event)
{
  GListModel *events;

  if (ex->bundle == NULL || !briefing_date_is_set (&event->date))
    return;
  events = briefing_bundle_get_events (ex->bundle);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(BriefingEvent) existing = g_list_model_get_item (events, i);
      BriefingDate start = briefing_event_get_display_start (existing);
      BriefingDate mine = briefing_date_coarsen (&event->date, MIN (start.precision, event->date.precision));

      start = briefing_date_coarsen (&start, mine.precision);
      if (briefing_event_get_kind (existing) == event->event_kind && briefing_date_equal (&start, &mine))
        {
          g_hash_table_remove (ex->used_ids, event->id);
          g_free (event->id);
          event->id = g_strdup (briefing_event_get_id (existing));
          event->existing = TRUE;
          return;
        }
    }
}

static void
talks_in_sentence (BriefingExtractor *ex,
                   BriefingEventRule *rule,
                   BriefingSpan       span,
                   gsize              start,
                   gsize              end)
{
  BriefingDateMatch *day = date_in (ex, span, BRIEFING_DATE_PRECISION_DAY, start);
  BriefingDateMatch *any = date_in (ex, span, BRIEFING_DATE_PRECISION_MONTH, start);
  g_autoptr(GMatchInfo) info = NULL;
  BriefingCandidate *event;

  if (ex->rules->proposal_cue != NULL &&
      g_regex_match_full (ex->rules->proposal_cue, ex->text, span.end, span.start, 0, NULL, NULL))
    {
      /* "Ukraine proposed further talks before the end of June": a proposal with its date; without
       * one it is an outcome of the round, found with the outcomes. */
      if (any != NULL)
        {
          g_autofree char *words = g_strndup (ex->text + start, end - start);
          g_autofree char *title = fill (ex->rules->proposal_title, "{MATCH}", words);

          event = new_event (ex, BRIEFING_EVENT_KIND_PROPOSAL, title, start, end);
          set_event_date (ex, event, any, start, end);
          event->party = NULL;
          {
            g_autoptr(GMatchInfo) cue = NULL;
            int cue_start, cue_end, subject;

            /* who proposed: the one named before the proposing word */
            g_regex_match_full (ex->rules->proposal_cue, ex->text, span.end, span.start, 0, &cue, NULL);
            g_match_info_fetch_pos (cue, 0, &cue_start, &cue_end);
            subject = briefing_extractor_subject_before (ex, cue_start);
            if (subject >= 0)
              event->party = g_strdup (ex->party_ids[subject]);
          }
        }
      return;
    }

  if (ex->rules->event_exclusions != NULL &&
      g_regex_match_full (ex->rules->event_exclusions, ex->text, span.end, span.start, 0, &info, NULL))
    {
      /* an earlier or a later round: an event of its own only when the sentence dates it */
      if (day != NULL)
        {
          event = new_event (ex, rule->kind, rule->title, start, end);
          set_event_date (ex, event, day, start, end);
        }
      return;
    }

  if (ex->main_event == NULL)
    {
      ex->main_event = new_event (ex, rule->kind, rule->title, start, end);
      ex->main_event->confidence = 0.4;
      if (day != NULL)
        set_event_date (ex, ex->main_event, day, start, end);
    }
  else if (day != NULL && briefing_date_is_set (&ex->main_event->date) &&
           !briefing_date_equal (&day->date, &ex->main_event->date))
    {
      event = new_event (ex, rule->kind, rule->title, start, end);
      set_event_date (ex, event, day, start, end);
      return;
    }
  else if (day != NULL && !briefing_date_is_set (&ex->main_event->date))
    set_event_date (ex, ex->main_event, day, start, end);

  if (ex->main_event->place == NULL)
    ex->main_event->place = g_strdup (place_in (ex, span));
}

void
briefing_extractor_find_events (BriefingExtractor *ex)
{
  for (guint s = 0; s < ex->sentences->len; s++)
    {
      BriefingSpan span = g_array_index (ex->sentences, BriefingSpan, s);
      BriefingCandidate *military = NULL;

      for (guint r = 0; r < ex->rules->events->len; r++)
        {
          BriefingEventRule *rule = g_ptr_array_index (ex->rules->events, r);
          g_autoptr(GMatchInfo) info = NULL;
          int start, end;

          if (!g_regex_match_full (rule->regex, ex->text, span.end, span.start, 0, &info, NULL))
            continue;
          g_match_info_fetch_pos (info, 0, &start, &end);

          if (rule->kind == BRIEFING_EVENT_KIND_TALKS || rule->kind == BRIEFING_EVENT_KIND_PROPOSAL)
            talks_in_sentence (ex, rule, span, start, end);
          else if (rule->kind == BRIEFING_EVENT_KIND_EXCHANGE)
            {
              BriefingDateMatch *date = date_in (ex, span, BRIEFING_DATE_PRECISION_MONTH, start);
              gboolean outcome = FALSE;

              /* "agreed to swap prisoners" is an outcome; "the swap was carried out on 23 May" an event */
              for (guint o = 0; o < ex->rules->outcomes->len && !outcome; o++)
                outcome = g_regex_match_full (((BriefingOutcomeRule *) g_ptr_array_index (ex->rules->outcomes, o))->regex,
                                              ex->text, span.end, span.start, 0, NULL, NULL);
              if (outcome && ex->rules->event_done_cue != NULL)
                outcome = !g_regex_match_full (ex->rules->event_done_cue, ex->text, span.end, span.start, 0, NULL, NULL);
              if (date != NULL && !outcome)
                set_event_date (ex, new_event (ex, rule->kind, rule->title, start, end), date, start, end);
            }
          else if (military == NULL)
            {
              BriefingDateMatch *date = date_in (ex, span, BRIEFING_DATE_PRECISION_MONTH, start);
              g_autofree char *words = g_strndup (ex->text + start, end - start);
              g_autofree char *title = fill (rule->title, "{MATCH}", words);

              /* one military event per sentence: the first named */
              military = new_event (ex, rule->kind, title, start, end);
              if (date != NULL)
                set_event_date (ex, military, date, start, end);
              else if (briefing_date_is_set (&ex->reference))
                {
                  /* "against a backdrop of drone attacks": about the time of the article */
                  military->date = briefing_date_coarsen (&ex->reference, BRIEFING_DATE_PRECISION_MONTH);
                  military->confidence = 0.3;
                }
            }
        }
    }

  /* The round the article reports on: its date, failing a stated one, is the article's day. */
  if (ex->main_event != NULL)
    {
      if (!briefing_date_is_set (&ex->main_event->date) && briefing_date_is_set (&ex->reference))
        {
          ex->main_event->date = ex->reference;
          ex->main_event->confidence = 0.3;
        }
      if (ex->main_event->place == NULL && ex->sentences->len > 0)
        ex->main_event->place = g_strdup (place_in (ex, g_array_index (ex->sentences, BriefingSpan, 0)));
      if (ex->main_event->place != NULL)
        {
          g_autofree char *with_title = fill (ex->rules->place_title, "{TITLE}", ex->main_event->title);

          g_free (ex->main_event->title);
          ex->main_event->title = fill (with_title, "{PLACE}", ex->main_event->place);
        }
    }

  /* Events without any date cannot go into a bundle; they are left out. */
  for (guint i = ex->events->len; i > 0; i--)
    {
      BriefingCandidate *event = g_ptr_array_index (ex->events, i - 1);

      if (!briefing_date_is_set (&event->date))
        {
          if (event == ex->main_event)
            ex->main_event = NULL;
          g_ptr_array_remove_index (ex->events, i - 1);
        }
    }
  for (guint i = 0; i < ex->events->len; i++)
    match_bundle_event (ex, g_ptr_array_index (ex->events, i));
}

/* Demands */

static int
compare_by_start (gconstpointer a,
                  gconstpointer b)
{
  const BriefingCandidate *x = *(BriefingCandidate **) a;
  const BriefingCandidate *y = *(BriefingCandidate **) b;

  return x->start < y->start ? -1 : x->start > y->start;
}

static gboolean
starts_with_continuation (BriefingExtractor *ex,
                          gsize              start,
                          gsize              end)
{
  gsize p = start;
  g_autofree char *word = NULL;

  while (p < end && g_ascii_isalpha (ex->text[p]))
    p++;
  word = g_ascii_strdown (ex->text + start, p - start);
  for (guint i = 0; p > start && i < ex->rules->continuation_words->len; i++)
    if (g_str_equal (word, g_ptr_array_index (ex->rules->continuation_words, i)))
      return TRUE;
  return FALSE;
}

static guint
count_words (BriefingExtractor *ex,
             BriefingSpan       span)
{
  guint words = 1;

  for (gsize p = span.start; p < span.end; p++)
    words += ex->text[p] == ' ';
  return words;
}

/* "from the Donetsk, Luhansk, Kherson and Zaporizhzhia regions": a short item that starts with a
 * name after an item that ends with one is one more name of an inner enumeration. */
static gboolean
continues_names (BriefingExtractor *ex,
                 BriefingSpan       previous,
                 BriefingSpan       item)
{
  const char *last = ex->text + previous.end;

  while (last > ex->text + previous.start && last[-1] != ' ')
    last--;
  return g_unichar_isupper (g_utf8_get_char (last)) &&
         g_unichar_isupper (g_utf8_get_char (ex->text + item.start)) &&
         count_words (ex, item) <= 4;
}

/* Splits a list at the commas outside brackets and quotes; an item that starts with a little word
 * ("at sea and in the air") continues the one before. */
static GArray *
split_list (BriefingExtractor *ex,
            gsize              start,
            gsize              end)
{
  GArray *items = g_array_new (FALSE, FALSE, sizeof (BriefingSpan));
  int depth = 0;
  gboolean quoted = FALSE;
  gsize from = start;

  for (gsize p = start; p <= end; p++)
    {
      if (p < end)
        {
          char c = ex->text[p];

          if (c == '(')
            depth++;
          else if (c == ')' && depth > 0)
            depth--;
          else if (g_str_has_prefix (ex->text + p, "“"))
            quoted = TRUE;
          else if (g_str_has_prefix (ex->text + p, "”"))
            quoted = FALSE;
          if (c != ',' || depth > 0 || quoted)
            continue;
        }
      {
        BriefingSpan item = { from, p };

        if (briefing_extractor_trim (ex, ex->rules->list_strip_prefixes, &item.start, &item.end))
          {
            if (items->len > 0 && (starts_with_continuation (ex, item.start, item.end) ||
                                   continues_names (ex, g_array_index (items, BriefingSpan, items->len - 1), item)))
              g_array_index (items, BriefingSpan, items->len - 1).end = item.end;
            else
              g_array_append_val (items, item);
          }
      }
      from = p + 1;
    }
  return items;
}

static void
match_bundle_demand (BriefingExtractor *ex,
                     BriefingCandidate *demand)
{
  GListModel *demands;

  if (ex->bundle == NULL)
    return;
  demands = briefing_bundle_get_demands (ex->bundle);
  for (guint i = 0; i < g_list_model_get_n_items (demands); i++)
    {
      g_autoptr(BriefingDemand) existing = g_list_model_get_item (demands, i);

      if (g_strcmp0 (briefing_demand_get_party (existing), demand->party) == 0 &&
          briefing_extract_word_overlap (ex->rules, briefing_demand_get_text (existing), demand->text) >= 0.6)
        {
          g_hash_table_remove (ex->used_ids, demand->id);
          g_free (demand->id);
          demand->id = g_strdup (briefing_demand_get_id (existing));
          demand->existing = TRUE;
          return;
        }
    }
}

static void
add_demand (BriefingExtractor *ex,
            int                holder,
            BriefingSpan       item,
            gsize              quote_start,
            double             confidence)
{
  BriefingCandidate *demand = briefing_candidate_new (BRIEFING_CANDIDATE_DEMAND);
  g_autofree char *words = g_strndup (ex->text + item.start, item.end - item.start);
  g_autoptr(GPtrArray) content = briefing_extract_content_words (ex->rules, words);
  g_autoptr(GString) stem = g_string_new (ex->party_ids[holder]);

  if (content->len == 0 || content->len > 40)
    {
      briefing_candidate_free (demand);
      return;
    }
  for (guint i = 0; i < MIN (content->len, 3); i++)
    g_string_append_printf (stem, "-%s", (char *) g_ptr_array_index (content, i));

  demand->party = g_strdup (ex->party_ids[holder]);
  demand->text = capitalise (words);
  demand->id = briefing_extractor_make_id (ex, stem->str);
  demand->category = g_strdup (briefing_extractor_category (ex, words));
  demand->ref = ex->main_event != NULL ? g_strdup (ex->main_event->id) : NULL;
  demand->confidence = confidence;
  briefing_candidate_set_quote (demand, ex->text, quote_start, item.end);
  match_bundle_demand (ex, demand);
  /* A new demand goes into a bundle with the event it was first stated at; in an article that
   * reports no event, it could never be accepted. */
  if (!demand->existing && demand->ref == NULL)
    {
      briefing_candidate_free (demand);
      return;
    }
  ex->holds_demand[holder] = TRUE;
  g_ptr_array_add (ex->demands, demand);
}

void
briefing_extractor_find_demands (BriefingExtractor *ex)
{
  for (guint r = 0; r < ex->rules->demands->len; r++)
    {
      BriefingDemandRule *rule = g_ptr_array_index (ex->rules->demands, r);
      g_autoptr(GMatchInfo) info = NULL;

      g_regex_match_full (rule->regex, ex->text, ex->length, 0, 0, &info, NULL);
      for (; g_match_info_matches (info); g_match_info_next (info, NULL))
        {
          int cue_start, cue_end;
          BriefingSpan span;
          BriefingSpan text;
          int holder;

          g_match_info_fetch_pos (info, 0, &cue_start, &cue_end);
          span = sentence_span (ex, cue_start);
          if ((gsize) cue_end > span.end || briefing_extractor_is_consumed (ex, cue_start, cue_end))
            continue;
          holder = briefing_extractor_subject_before (ex, cue_start);
          if (holder < 0)
            continue;

          text.start = cue_end;
          text.end = briefing_extractor_clause_end (ex, cue_end, span.end, rule->list);
          if (!briefing_extractor_trim (ex, ex->rules->strip_prefixes, &text.start, &text.end))
            continue;
          briefing_extractor_consume (ex, cue_start, text.end);
          if (ex->rules->demand_exclusion != NULL &&
              g_regex_match_full (ex->rules->demand_exclusion, ex->text, cue_end, MAX (span.start, (gsize) cue_start > 24 ? (gsize) cue_start - 24 : 0),
                                  0, NULL, NULL))
            continue;

          if (rule->list)
            {
              g_autoptr(GArray) items = split_list (ex, text.start, text.end);

              for (guint i = 0; i < items->len; i++)
                {
                  BriefingSpan item = g_array_index (items, BriefingSpan, i);

                  /* a single demand keeps its cue in the quote: "insisted on a truce" */
                  add_demand (ex, holder, item, items->len == 1 ? (gsize) cue_start : item.start,
                              rule->confidence);
                }
            }
          else
            add_demand (ex, holder, text, cue_start, rule->confidence);
        }
    }
  g_ptr_array_sort (ex->demands, compare_by_start);
}

/* Outcomes */

static double
similarity (BriefingExtractor *ex,
            const char        *a,
            const char        *b)
{
  g_autoptr(GPtrArray) x = briefing_extract_content_words (ex->rules, a);
  g_autoptr(GPtrArray) y = briefing_extract_content_words (ex->rules, b);
  guint shared = 0;

  if (x->len == 0 || y->len == 0)
    return 0.0;
  for (guint i = 0; i < x->len; i++)
    if (g_ptr_array_find_with_equal_func (y, g_ptr_array_index (x, i), g_str_equal, NULL))
      shared++;
  return (double) shared / MIN (x->len, y->len);
}

static void
add_outcome (BriefingExtractor     *ex,
             BriefingOutcomeRule   *rule,
             gsize                  cue_start,
             gsize                  quote_end,
             BriefingSpan           text,
             BriefingCandidate     *event)
{
  g_autofree char *words = g_strndup (ex->text + text.start, text.end - text.start);
  g_autoptr(GPtrArray) content = briefing_extract_content_words (ex->rules, words);
  BriefingCandidate *outcome;
  int subject;

  if (content->len == 0 || content->len > 30)
    return;

  /* "proposed talks before the end of June" is already a proposal event of its own */
  for (guint i = 0; rule->status == BRIEFING_OUTCOME_STATUS_PROPOSED && i < ex->events->len; i++)
    {
      BriefingCandidate *proposal = g_ptr_array_index (ex->events, i);

      if (proposal->event_kind == BRIEFING_EVENT_KIND_PROPOSAL &&
          briefing_extractor_sentence_at (ex, proposal->start) == briefing_extractor_sentence_at (ex, cue_start))
        return;
    }

  /* The same outcome told twice ("a commitment to a prisoner exchange", "agreed on the swap")
   * is one outcome: the surer wording stays. */
  for (guint i = 0; i < ex->outcomes->len; i++)
    {
      BriefingCandidate *other = g_ptr_array_index (ex->outcomes, i);

      if (other->status == rule->status && g_strcmp0 (other->ref, event->id) == 0 &&
          similarity (ex, other->text, words) >= 0.5)
        {
          g_autoptr(GPtrArray) other_words = briefing_extract_content_words (ex->rules, other->text);

          /* on a tie the more specific wording stays */
          if (rule->confidence > other->confidence ||
              (rule->confidence == other->confidence && content->len > other_words->len))
            {
              g_free (other->text);
              other->text = capitalise (words);
              other->confidence = rule->confidence;
              briefing_candidate_set_quote (other, ex->text, cue_start, quote_end);
            }
          return;
        }
    }

  outcome = briefing_candidate_new (BRIEFING_CANDIDATE_OUTCOME);
  outcome->status = rule->status;
  outcome->text = capitalise (words);
  outcome->ref = g_strdup (event->id);
  outcome->confidence = rule->confidence;
  subject = briefing_extractor_subject_before (ex, cue_start);
  if (subject >= 0)
    outcome->party = g_strdup (ex->party_ids[subject]);
  briefing_candidate_set_quote (outcome, ex->text, cue_start, quote_end);
  g_ptr_array_add (ex->outcomes, outcome);
}

void
briefing_extractor_find_outcomes (BriefingExtractor *ex)
{
  BriefingCandidate *event = ex->main_event;

  for (guint i = 0; event == NULL && i < ex->events->len; i++)
    if (((BriefingCandidate *) g_ptr_array_index (ex->events, i))->event_kind != BRIEFING_EVENT_KIND_MILITARY)
      event = g_ptr_array_index (ex->events, i);
  if (event == NULL)
    return;

  for (guint r = 0; r < ex->rules->outcomes->len; r++)
    {
      BriefingOutcomeRule *rule = g_ptr_array_index (ex->rules->outcomes, r);
      g_autoptr(GMatchInfo) info = NULL;

      g_regex_match_full (rule->regex, ex->text, ex->length, 0, 0, &info, NULL);
      for (; g_match_info_matches (info); g_match_info_next (info, NULL))
        {
          int cue_start, cue_end, text_start = -1, text_end = -1;
          BriefingSpan span;
          BriefingSpan text;

          g_match_info_fetch_pos (info, 0, &cue_start, &cue_end);
          span = sentence_span (ex, cue_start);
          if ((gsize) cue_end > span.end || briefing_extractor_is_consumed (ex, cue_start, cue_end))
            continue;
          if (g_match_info_fetch_named_pos (info, "text", &text_start, &text_end) && text_start >= 0)
            {
              /* "no ceasefire was agreed": the words are inside the match */
              text.start = text_start;
              text.end = text_end;
            }
          else
            {
              text.start = cue_end;
              text.end = briefing_extractor_clause_end (ex, cue_end, span.end, FALSE);
            }
          if (!briefing_extractor_trim (ex, ex->rules->strip_prefixes, &text.start, &text.end))
            continue;
          /* "the exchange agreed in Istanbul": a participle, not an outcome */
          if (starts_with_continuation (ex, text.start, text.end))
            continue;
          briefing_extractor_consume (ex, cue_start, cue_end);
          add_outcome (ex, rule, cue_start, MAX (text.end, (gsize) cue_end), text, event);
        }
    }
  g_ptr_array_sort (ex->outcomes, compare_by_start);
}

/* Responses: an outcome one party refused or agreed to that answers another party's demand. */
void
briefing_extractor_find_responses (BriefingExtractor *ex)
{
  for (guint i = 0; i < ex->outcomes->len; i++)
    {
      BriefingCandidate *outcome = g_ptr_array_index (ex->outcomes, i);

      if (outcome->party == NULL ||
          (outcome->status != BRIEFING_OUTCOME_STATUS_REJECTED && outcome->status != BRIEFING_OUTCOME_STATUS_AGREED))
        continue;
      for (guint j = 0; j < ex->demands->len; j++)
        {
          BriefingCandidate *demand = g_ptr_array_index (ex->demands, j);
          BriefingCandidate *response;

          if (g_strcmp0 (demand->party, outcome->party) == 0 ||
              briefing_extract_word_overlap (ex->rules, outcome->text, demand->text) < 0.5)
            continue;
          response = briefing_candidate_new (BRIEFING_CANDIDATE_RESPONSE);
          response->party = g_strdup (outcome->party);
          response->ref = g_strdup (demand->id);
          response->event = g_strdup (outcome->ref);
          response->stance = outcome->status == BRIEFING_OUTCOME_STATUS_REJECTED
                           ? BRIEFING_STANCE_REJECTS : BRIEFING_STANCE_ACCEPTS;
          response->confidence = MIN (outcome->confidence, demand->confidence) * 0.8;
          briefing_candidate_set_quote (response, ex->text, outcome->start, outcome->end);
          g_ptr_array_add (ex->responses, response);
        }
    }
}
