/** Action plans in JPA (tables {@code action_*}, V16). */
package org.barometer.actionplan.infrastructure;
