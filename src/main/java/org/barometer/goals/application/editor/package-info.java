/**
 * Plans edited in the browser: a plan as a draft that a page binds its fields to ({@link
 * org.barometer.goals.application.editor.PlanDraft}), checked field by field into a plan ({@link
 * org.barometer.goals.application.editor.DraftBuilder}), scored as it stands while it is edited and
 * saved as a plan file, the same format a file written by hand has, through the plan's versions
 * ({@link org.barometer.goals.application.editor.PlanEditor}); and the sources an indicator may be
 * picked from, as Barometer holds them ({@link
 * org.barometer.goals.application.editor.SourceCatalogue}).
 */
package org.barometer.goals.application.editor;
