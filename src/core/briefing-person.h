/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A named person: a party's representative or the head of a delegation at an event. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BRIEFING_TYPE_PERSON (briefing_person_get_type ())

typedef struct
{
  char *name;
  char *title;  /* nullable */
  char *party;  /* nullable: set for delegation heads */
} BriefingPerson;

GType           briefing_person_get_type (void) G_GNUC_CONST;
BriefingPerson *briefing_person_new      (const char           *name,
                                          const char           *title,
                                          const char           *party);
BriefingPerson *briefing_person_copy     (const BriefingPerson *person);
void            briefing_person_free     (BriefingPerson       *person);
gboolean        briefing_person_equal    (const BriefingPerson *a,
                                          const BriefingPerson *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriefingPerson, briefing_person_free)

G_END_DECLS
