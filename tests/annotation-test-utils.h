/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the annotation tests share: a temporary folder for the store, and annotations of every kind. */
#pragma once

#include "briefing-core.h"

G_BEGIN_DECLS

/* The id of tests/data/minimal.bundle.json, which the fixtures annotate. */
#define BUNDLE_ID "example-talks"

typedef struct
{
  char *dir;  /* a folder for the store, not created yet, inside a temporary one */
} Fixture;

void                     fixture_set_up    (Fixture            *fixture,
                                            gconstpointer       data);
void                     fixture_tear_down (Fixture            *fixture,
                                            gconstpointer       data);
void                     remove_tree       (const char         *path);

/* A store of BUNDLE_ID in the fixture's folder, loaded. */
BriefingAnnotationStore *new_store         (Fixture            *fixture);
/* A bundle BUNDLE_ID with one article "art1" of @paragraphs. */
BriefingBundle          *new_bundle        (const char * const *paragraphs);
BriefingDate             date_time         (const char         *text);
/* One annotation of every kind on every kind of target, every field set somewhere. */
GPtrArray               *every_kind        (void);
/* The store holds annotations equal to @expected, in order. */
void                     assert_same       (BriefingAnnotationStore *store,
                                            GPtrArray          *expected);

G_END_DECLS
