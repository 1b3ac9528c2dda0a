/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the extractor reads of its rules; not for users of the library. */
#pragma once

#include <json-glib/json-glib.h>

#include "briefing-enums.h"
#include "briefing-extract-rules.h"

G_BEGIN_DECLS

typedef enum
{
  BRIEFING_ALIAS_NAME,
  BRIEFING_ALIAS_DEMONYM,
  BRIEFING_ALIAS_METONYM,
  BRIEFING_ALIAS_PERSON,
} BriefingAliasForm;

typedef struct
{
  char      *name;
  char      *title;
  GPtrArray *aliases;   /* char*, the full name included */
} BriefingGazPerson;

typedef struct
{
  char      *id;
  char      *name;
  char      *kind;      /* "country" or "organisation" */
  GPtrArray *names;
  GPtrArray *demonyms;
  GPtrArray *metonyms;
  GPtrArray *people;    /* BriefingGazPerson* */
} BriefingGazEntity;

/* One spelling that points at an entity (and maybe one of its people). */
typedef struct
{
  const char        *text;
  guint              entity;
  int                person;   /* index into the entity's people, or -1 */
  BriefingAliasForm  form;
} BriefingGazAlias;

typedef enum
{
  BRIEFING_DATE_RESOLVE_ABSOLUTE,
  BRIEFING_DATE_RESOLVE_WEEKDAY,
  BRIEFING_DATE_RESOLVE_RELATIVE,
} BriefingDateResolve;

typedef struct
{
  char                  *source;     /* with {MONTHS} and {WEEKDAYS} still in it */
  GRegex                *regex;
  BriefingDatePrecision  precision;
  BriefingDateResolve    resolve;
  int                    days;
} BriefingDateRule;

typedef struct
{
  GRegex            *regex;
  BriefingEventKind  kind;
  char              *title;          /* "{MATCH}" takes the matched words */
} BriefingEventRule;

typedef struct
{
  GRegex                *regex;
  BriefingOutcomeStatus  status;
  double                 confidence;
} BriefingOutcomeRule;

typedef struct
{
  GRegex   *regex;
  gboolean  list;
  double    confidence;
} BriefingDemandRule;

typedef struct
{
  GRegex *regex;
  char   *unit;                        /* nullable: the "unit" group names it */
} BriefingFigureRule;

typedef struct
{
  char      *category;
  GPtrArray *keywords;
} BriefingCategoryRule;

struct _BriefingExtractRules
{
  GObject     parent_instance;

  char       *language;
  GPtrArray  *entities;          /* BriefingGazEntity* */
  GPtrArray  *places;            /* char* */
  GArray     *aliases;           /* BriefingGazAlias, longest first; rebuilt on merge */
  GPtrArray  *abbreviations;
  GPtrArray  *months;            /* GPtrArray* of char*, 12 of them */
  GPtrArray  *weekdays;          /* 7, Monday first */
  GPtrArray  *dates;             /* BriefingDateRule* */
  GPtrArray  *events;            /* BriefingEventRule* */
  GPtrArray  *outcomes;          /* BriefingOutcomeRule* */
  GPtrArray  *demands;           /* BriefingDemandRule* */
  GPtrArray  *figures;           /* BriefingFigureRule* */
  GPtrArray  *categories;        /* BriefingCategoryRule* */
  GPtrArray  *clause_stops;
  GPtrArray  *strip_prefixes;
  GPtrArray  *list_strip_prefixes;
  GPtrArray  *pronouns;
  GPtrArray  *list_keeps;        /* clause stops a list runs past */
  GPtrArray  *continuation_words; /* an item of a list that starts with one continues the last */
  GHashTable *synonyms;          /* word → word */
  GHashTable *stop_words;        /* set */
  GRegex     *proposal_cue;
  GRegex     *event_exclusions;
  GRegex     *demand_exclusion;
  GRegex     *future_cue;
  GRegex     *event_done_cue;    /* "was completed": the sentence reports the event itself */        /* before a weekday: "would go … on Monday" looks forward */  /* "as a demand for": a cue that reports no demand */
  GRegex     *mediator_cue;
  GRegex     *host_cue;
  GRegex     *delegation_cue;
  char       *place_title;       /* "{TITLE} in {PLACE}" */
  char       *proposal_title;    /* "Proposed {MATCH}" */
  guint       participation_threshold;
};

/* In briefing-extract-rules-parse.c: merge one parsed document; @where names it in errors. */
gboolean briefing_extract_rules_merge_gazetteer (BriefingExtractRules  *self,
                                                 JsonObject            *root,
                                                 const char            *where,
                                                 GError               **error);
gboolean briefing_extract_rules_merge_rules     (BriefingExtractRules  *self,
                                                 JsonObject            *root,
                                                 const char            *where,
                                                 GError               **error);
/* Free functions of the rule structs, for the arrays that hold them. */
void     briefing_date_rule_free     (gpointer data);
void     briefing_event_rule_free    (gpointer data);
void     briefing_outcome_rule_free  (gpointer data);
void     briefing_demand_rule_free   (gpointer data);
void     briefing_figure_rule_free   (gpointer data);
void     briefing_category_rule_free (gpointer data);
void     briefing_gaz_entity_free    (gpointer data);
void     briefing_gaz_person_free    (gpointer data);

/* 1..12 for a spelling of a month in the rules, 0 otherwise. */
guint briefing_extract_rules_lookup_month   (BriefingExtractRules *self,
                                             const char           *word);
/* 1 (Monday)..7 for a weekday, 0 otherwise. */
guint briefing_extract_rules_lookup_weekday (BriefingExtractRules *self,
                                             const char           *word);

G_END_DECLS
