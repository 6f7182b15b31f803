# Barometer on the official Open Liberty image (Java 17), always on PostgreSQL.
# Build the WAR first: mvn -DskipTests package
FROM icr.io/appcafe/open-liberty:26.0.0.3-full-java17-openj9-ubi-minimal

# Server configuration, the questionnaire templates and the PostgreSQL driver.
COPY --chown=1001:0 liberty/ /config/
COPY --chown=1001:0 surveys/ /config/surveys/
COPY --chown=1001:0 target/liberty/wlp/usr/shared/resources/jdbc/postgres/ /opt/ol/wlp/usr/shared/resources/jdbc/postgres/
RUN printf 'db=postgres\nbarometer.surveys.dir=/config/surveys\n' > /config/bootstrap.properties

# The application.
COPY --chown=1001:0 target/barometer.war /config/dropins/

# Database and mail settings come from the environment; these are the defaults.
ENV PG_HOST=db \
    PG_PORT=5432 \
    PG_DATABASE=barometer \
    PG_USER=barometer \
    BAROMETER_PUBLIC_URL=http://localhost:9080 \
    BAROMETER_MAIL_HOST=localhost

EXPOSE 9080
RUN configure.sh
