package org.barometer.statistics.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.NotFoundException;
import org.barometer.platform.security.Allowed;
import org.barometer.platform.security.Role;
import org.barometer.shared.Country;
import org.barometer.shared.RegionCode;
import org.barometer.shared.RegionCodes;
import org.barometer.statistics.domain.RegionGroup;
import org.barometer.statistics.domain.RegionGroupDirectory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Region groups: shipped ones to read, the office's own to define. */
@Path("/statistics/groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
@Allowed({Role.VIEWER})
public class RegionGroupResource {

  /** A group as sent and received. */
  public record GroupView(String code, String kind, String name, List<String> members) {

    static GroupView of(RegionGroup g) {
      return new GroupView(
          g.code(), g.kind().name(), g.name(), g.members().stream().map(RegionCode::code).toList());
    }
  }

  /**
   * A group to define.
   *
   * @param country NO or SE: how the member codes are read
   */
  public record GroupDefinition(
      @NotBlank(message = "give the group a name") @Size(max = 200) String name,
      @NotNull(message = "say whether the members are Norwegian (NO) or Swedish (SE)")
          Country country,
      @NotNull(message = "list the member municipalities") List<String> members) {}

  @Inject RegionGroupDirectory groups;

  @GET
  @Operation(summary = "Every region group: shipped first, then the office's own")
  public List<GroupView> groups() {
    return groups.all().stream().map(GroupView::of).toList();
  }

  @GET
  @Path("/{code}")
  @Operation(summary = "One region group")
  public GroupView group(@PathParam("code") String code) {
    return groups
        .group(code)
        .map(GroupView::of)
        .orElseThrow(() -> new NotFoundException("There is no region group " + code + "."));
  }

  @PUT
  @Path("/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Allowed({Role.ANALYST})
  @Operation(
      summary = "Define or replace one of the office's own groups",
      description = "Members are municipality codes (3001, K_3001, 0114), each once.")
  public GroupView define(
      @PathParam("code")
          @Pattern(regexp = "[A-Za-z0-9_-]{1,40}", message = "use 1–40 letters, digits, _ or -")
          String code,
      @Valid @NotNull GroupDefinition definition) {
    List<RegionCode> members = new ArrayList<>();
    for (String written : definition.members()) {
      try {
        members.add(RegionCodes.normalise(written, definition.country()));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("members", e.getMessage());
      }
    }
    try {
      RegionGroup group = new RegionGroup(code, RegionGroup.Kind.USER, definition.name(), members);
      groups.define(group);
      return GroupView.of(group);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("members", e.getMessage());
    }
  }

  @DELETE
  @Path("/{code}")
  @Allowed({Role.ANALYST})
  @Operation(summary = "Remove one of the office's own groups")
  public void remove(@PathParam("code") String code) {
    if (!groups.remove(code)) {
      throw new NotFoundException("There is no group of the office's own called " + code + ".");
    }
  }
}
