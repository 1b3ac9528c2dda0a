/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared between the extractor's files; not for users of the library. */
#pragma once

#include "briefing-extract.h"
#include "briefing-extract-rules-private.h"

G_BEGIN_DECLS

struct _BriefingExtraction
{
  GObject          parent_instance;

  BriefingArticle *article;
  GPtrArray       *candidates;   /* BriefingCandidate* */
};

BriefingExtraction *briefing_extraction_new_take   (BriefingArticle      *article,
                                                    GPtrArray            *candidates);

/* Lower-cased content words of @text, with the rules' synonyms applied and stop words left out.
 * (transfer full) (element-type utf8) */
GPtrArray          *briefing_extract_content_words (BriefingExtractRules *rules,
                                                    const char           *text);
/* The share (0..1) of @expected's content words that @found has too. */
double              briefing_extract_word_overlap  (BriefingExtractRules *rules,
                                                    const char           *expected,
                                                    const char           *found);

typedef struct
{
  gsize start;
  gsize end;
} BriefingSpan;

/* A name of the gazetteer found in the text. */
typedef struct
{
  gsize              start;
  gsize              end;
  guint              entity;
  int                person;
  BriefingAliasForm  form;
} BriefingMention;

/* One run of the extractor over one article. */
typedef struct
{
  BriefingExtractRules *rules;
  BriefingArticle      *article;
  BriefingBundle       *bundle;          /* nullable */
  const char           *text;
  gsize                 length;
  BriefingDate          reference;       /* the article's date, or unset */

  GArray               *sentences;       /* BriefingSpan */
  GArray               *mentions;        /* BriefingMention, by start */
  GArray               *dates;           /* BriefingDateMatch, by start */
  GArray               *consumed;        /* BriefingSpan: words a demand or outcome already took */
  char                **party_ids;       /* per entity: the bundle's id or the gazetteer's */
  gboolean             *existing_party;  /* per entity */
  gboolean             *holds_demand;    /* per entity */
  GHashTable           *used_ids;        /* ids taken in the bundle or by candidates */

  GPtrArray            *parties;         /* BriefingCandidate*, each list in text order */
  GPtrArray            *people;
  GPtrArray            *events;
  GPtrArray            *outcomes;
  GPtrArray            *demands;
  GPtrArray            *responses;
  BriefingCandidate    *main_event;      /* borrowed from events; the round the article is about */
} BriefingExtractor;

/* In briefing-extract-facts.c: events, outcomes, demands and responses. */
void   briefing_extractor_find_events    (BriefingExtractor *ex);
void   briefing_extractor_find_demands   (BriefingExtractor *ex);
void   briefing_extractor_find_outcomes  (BriefingExtractor *ex);
void   briefing_extractor_find_responses (BriefingExtractor *ex);

/* In briefing-extract-parties.c: parties and people, after the demands (a demand makes a party). */
void   briefing_extractor_find_parties   (BriefingExtractor *ex);
void   briefing_extractor_find_people    (BriefingExtractor *ex);
/* The bundle's party that is @entity, by id or by any of its names; NULL. */
BriefingParty *briefing_extractor_lookup_party (BriefingExtractor *ex,
                                                BriefingGazEntity *entity);

/* In briefing-extract.c: helpers the other files use. */
BriefingOutcome  *briefing_extract_find_outcome  (BriefingEvent  *event,
                                                  const char     *text);
BriefingResponse *briefing_extract_find_response (BriefingDemand *demand,
                                                  const char     *party,
                                                  const char     *event);
char  *briefing_extractor_make_id        (BriefingExtractor *ex,
                                          const char        *stem);
guint  briefing_extractor_sentence_at    (BriefingExtractor *ex,
                                          gsize              offset);
/* The entity (index) named last before @offset within the sentence, or, when the sentence's own
 * words before @offset start with a pronoun, the last one named in the sentence before; -1. */
int    briefing_extractor_subject_before (BriefingExtractor *ex,
                                          gsize              offset);
gboolean briefing_extractor_is_consumed  (BriefingExtractor *ex,
                                          gsize              start,
                                          gsize              end);
void   briefing_extractor_consume        (BriefingExtractor *ex,
                                          gsize              start,
                                          gsize              end);
/* The end of the clause that starts at @start: the sentence end or the first clause stop; a @list
 * runs on past ", and". */
gsize  briefing_extractor_clause_end     (BriefingExtractor *ex,
                                          gsize              start,
                                          gsize              limit,
                                          gboolean           list);
/* Trims @start/@end: spaces, stray punctuation, the rules' strip prefixes. FALSE when empty. */
gboolean briefing_extractor_trim         (BriefingExtractor *ex,
                                          GPtrArray         *prefixes,
                                          gsize             *start,
                                          gsize             *end);
const char *briefing_extractor_category  (BriefingExtractor *ex,
                                          const char        *text);

G_END_DECLS
