/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-person"

#include "config.h"

#include "briefing-person.h"

G_DEFINE_BOXED_TYPE (BriefingPerson, briefing_person, briefing_person_copy, briefing_person_free)

/* Returns a new person; free it with briefing_person_free(). */
BriefingPerson *
briefing_person_new (const char *name,
                     const char *title,
                     const char *party)
{
  BriefingPerson *person;

  g_return_val_if_fail (name != NULL, NULL);

  person = g_new0 (BriefingPerson, 1);
  person->name = g_strdup (name);
  person->title = g_strdup (title);
  person->party = g_strdup (party);

  return person;
}

BriefingPerson *
briefing_person_copy (const BriefingPerson *person)
{
  g_return_val_if_fail (person != NULL, NULL);

  return briefing_person_new (person->name, person->title, person->party);
}

void
briefing_person_free (BriefingPerson *person)
{
  if (person == NULL)
    return;

  g_free (person->name);
  g_free (person->title);
  g_free (person->party);
  g_free (person);
}

/* NULL is equal only to NULL. */
gboolean
briefing_person_equal (const BriefingPerson *a,
                       const BriefingPerson *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  return g_strcmp0 (a->name, b->name) == 0 &&
         g_strcmp0 (a->title, b->title) == 0 &&
         g_strcmp0 (a->party, b->party) == 0;
}
