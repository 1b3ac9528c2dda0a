/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-extract-candidate"

#include "config.h"

#include "briefing-anchor.h"
#include "briefing-extract-candidate.h"

#define CONTEXT_CHARS 32

G_DEFINE_BOXED_TYPE (BriefingCandidate, briefing_candidate, briefing_candidate_copy, briefing_candidate_free)

BriefingCandidate *
briefing_candidate_new (BriefingCandidateKind kind)
{
  BriefingCandidate *candidate = g_new0 (BriefingCandidate, 1);

  candidate->kind = kind;
  candidate->stance = BRIEFING_STANCE_UNKNOWN;
  candidate->confidence = 0.5;
  return candidate;
}

BriefingCandidate *
briefing_candidate_copy (const BriefingCandidate *candidate)
{
  BriefingCandidate *copy;

  g_return_val_if_fail (candidate != NULL, NULL);

  copy = g_memdup2 (candidate, sizeof *candidate);
  copy->id = g_strdup (candidate->id);
  copy->name = g_strdup (candidate->name);
  copy->title = g_strdup (candidate->title);
  copy->text = g_strdup (candidate->text);
  copy->party = g_strdup (candidate->party);
  copy->ref = g_strdup (candidate->ref);
  copy->event = g_strdup (candidate->event);
  copy->category = g_strdup (candidate->category);
  copy->place = g_strdup (candidate->place);
  copy->unit = g_strdup (candidate->unit);
  copy->exact = g_strdup (candidate->exact);
  copy->prefix = g_strdup (candidate->prefix);
  copy->suffix = g_strdup (candidate->suffix);
  return copy;
}

void
briefing_candidate_free (BriefingCandidate *candidate)
{
  if (candidate == NULL)
    return;

  g_free (candidate->id);
  g_free (candidate->name);
  g_free (candidate->title);
  g_free (candidate->text);
  g_free (candidate->party);
  g_free (candidate->ref);
  g_free (candidate->event);
  g_free (candidate->category);
  g_free (candidate->place);
  g_free (candidate->unit);
  g_free (candidate->exact);
  g_free (candidate->prefix);
  g_free (candidate->suffix);
  g_free (candidate);
}

void
briefing_candidate_set_quote (BriefingCandidate *candidate,
                              const char        *text,
                              gsize              start,
                              gsize              end)
{
  const char *p;
  const char *q;

  g_return_if_fail (candidate != NULL);
  g_return_if_fail (text != NULL);
  g_return_if_fail (start < end);

  p = text + start;
  for (guint i = 0; i < CONTEXT_CHARS && p > text; i++)
    p = g_utf8_prev_char (p);
  q = text + end;
  for (guint i = 0; i < CONTEXT_CHARS && *q != '\0'; i++)
    q = g_utf8_next_char (q);

  g_free (candidate->exact);
  g_free (candidate->prefix);
  g_free (candidate->suffix);
  candidate->exact = g_strndup (text + start, end - start);
  candidate->prefix = p < text + start ? g_strndup (p, text + start - p) : NULL;
  candidate->suffix = q > text + end ? g_strndup (text + end, q - (text + end)) : NULL;
  candidate->start = start;
  candidate->end = end;
  candidate->char_start = briefing_anchor_byte_to_char (text, start);
  candidate->char_end = briefing_anchor_byte_to_char (text, end);
}

const char *
briefing_candidate_kind_to_nick (BriefingCandidateKind kind)
{
  static const char * const nicks[] = {
    "party", "person", "event", "outcome", "demand", "response", "date", "figure",
  };

  g_return_val_if_fail (kind <= BRIEFING_CANDIDATE_FIGURE, NULL);
  return nicks[kind];
}
